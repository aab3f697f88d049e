"""The outbox names the user message a reply answers (outbox.in_reply_to_id), for the logs

Revision ID: 0007_ops
Revises: 0006_webchat
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_ops'
down_revision = '0006_webchat'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.add_column(sa.Column('in_reply_to_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_outbox_in_reply_to_id_messages'), 'messages',
                                    ['in_reply_to_id'], ['id'])


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_outbox_in_reply_to_id_messages'), type_='foreignkey')
        batch_op.drop_column('in_reply_to_id')
