"""inbox: helpers, saved replies, thread reads, updated_at for live pages

Revision ID: 0005_inbox
Revises: 0004_jobs
Create Date: 2026-11-30
"""
from alembic import op
import sqlalchemy as sa
import storage.models.base


revision = '0005_inbox'
down_revision = '0004_jobs'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('helpers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('phone_e164', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('role', sa.Enum('helper', 'interpreter', name='helperrole', native_enum=False, length=32), nullable=False),
    sa.Column('status', sa.Enum('asked', 'active', 'declined', 'removed', name='helperstatus', native_enum=False, length=32), nullable=False),
    sa.Column('gets_reminders', sa.Boolean(), nullable=False),
    sa.Column('question_message_id', sa.Integer(), nullable=True),
    sa.Column('added_by_veileder_id', sa.Integer(), nullable=False),
    sa.Column('created_at', storage.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('answered_at', storage.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('opted_out_at', storage.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('removed_at', storage.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('removed_by_veileder_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['added_by_veileder_id'], ['veiledere.id'], name=op.f('fk_helpers_added_by_veileder_id_veiledere')),
    sa.ForeignKeyConstraint(['removed_by_veileder_id'], ['veiledere.id'], name=op.f('fk_helpers_removed_by_veileder_id_veiledere')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_helpers_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_helpers'))
    )
    with op.batch_alter_table('helpers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_helpers_phone_e164'), ['phone_e164'], unique=False)
        batch_op.create_index(batch_op.f('ix_helpers_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_helpers_user_id'), ['user_id'], unique=False)

    op.create_table('saved_replies',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('team_id', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=80), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('created_by_veileder_id', sa.Integer(), nullable=True),
    sa.Column('created_at', storage.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['created_by_veileder_id'], ['veiledere.id'], name=op.f('fk_saved_replies_created_by_veileder_id_veiledere')),
    sa.ForeignKeyConstraint(['team_id'], ['teams.id'], name=op.f('fk_saved_replies_team_id_teams')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_saved_replies'))
    )
    with op.batch_alter_table('saved_replies', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_saved_replies_team_id'), ['team_id'], unique=False)

    op.create_table('thread_reads',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('veileder_id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('last_read_message_id', sa.Integer(), nullable=False),
    sa.Column('read_at', storage.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_thread_reads_user_id_users')),
    sa.ForeignKeyConstraint(['veileder_id'], ['veiledere.id'], name=op.f('fk_thread_reads_veileder_id_veiledere')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_thread_reads')),
    sa.UniqueConstraint('veileder_id', 'user_id', name='uq_thread_reads_veileder_user')
    )
    with op.batch_alter_table('thread_reads', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_thread_reads_user_id'), ['user_id'], unique=False)

    # Rows from before this revision last changed when they were made.
    for table in ('escalations', 'messages'):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column('updated_at', storage.models.base.UtcDateTime(timezone=True), nullable=True))
        op.execute(f"UPDATE {table} SET updated_at = created_at")
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.alter_column('updated_at', existing_type=storage.models.base.UtcDateTime(timezone=True),
                                  nullable=False)
            batch_op.create_index(batch_op.f(f'ix_{table}_updated_at'), ['updated_at'], unique=False)

    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.add_column(sa.Column('helper_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_messages_helper_id_helpers'), 'helpers', ['helper_id'], ['id'])



def downgrade() -> None:
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_messages_helper_id_helpers'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_messages_updated_at'))
        batch_op.drop_column('updated_at')
        batch_op.drop_column('helper_id')

    with op.batch_alter_table('escalations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_escalations_updated_at'))
        batch_op.drop_column('updated_at')

    with op.batch_alter_table('thread_reads', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_thread_reads_user_id'))

    op.drop_table('thread_reads')
    with op.batch_alter_table('saved_replies', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_saved_replies_team_id'))

    op.drop_table('saved_replies')
    with op.batch_alter_table('helpers', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_helpers_user_id'))
        batch_op.drop_index(batch_op.f('ix_helpers_status'))
        batch_op.drop_index(batch_op.f('ix_helpers_phone_e164'))

    op.drop_table('helpers')
