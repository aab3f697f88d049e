"""The pipeline: conversations under a worker's lease, inbound messages keyed by their channel's id

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa
import storage.models.base


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.add_column(sa.Column('lease_until', storage.models.base.UtcDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('retry_at', storage.models.base.UtcDateTime(timezone=True), nullable=True))

    # Twilio's MessageSid becomes the SMS channel's external id: unique per channel.
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_constraint('uq_messages_twilio_sid', type_='unique')
        batch_op.alter_column('twilio_sid', new_column_name='external_id', existing_type=sa.String(length=64))
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_messages_channel_external_id', ['channel', 'external_id'])
        batch_op.create_index(batch_op.f('ix_messages_inbound_state'), ['inbound_state'], unique=False)

    # The dispatcher sends one message at a time to a number, in order (services/messaging/outbox.py).
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_outbox_to_phone'), ['to_phone'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_outbox_to_phone'))

    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_messages_inbound_state'))
        batch_op.drop_constraint('uq_messages_channel_external_id', type_='unique')
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.alter_column('external_id', new_column_name='twilio_sid', existing_type=sa.String(length=64))
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.create_unique_constraint('uq_messages_twilio_sid', ['twilio_sid'])

    with op.batch_alter_table('conversations', schema=None) as batch_op:
        batch_op.drop_column('retry_at')
        batch_op.drop_column('lease_until')
