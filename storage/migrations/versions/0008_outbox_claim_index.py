"""The outbox's due rows in claim order (state, due_at, id), so that a dispatcher's claim does not
read the whole backlog; it replaces the index on state alone, which it begins with

Revision ID: 0008_outbox_claim_index
Revises: 0007_ops
Create Date: 2026-12-01
"""
from alembic import op


revision = '0008_outbox_claim_index'
down_revision = '0007_ops'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_outbox_state_due_at_id', 'outbox', ['state', 'due_at', 'id'])
    op.drop_index('ix_outbox_state', table_name='outbox')


def downgrade() -> None:
    op.create_index('ix_outbox_state', 'outbox', ['state'])
    op.drop_index('ix_outbox_state_due_at_id', table_name='outbox')
