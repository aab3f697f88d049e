"""The web chat: login codes sent by SMS, sessions, how far each user has read

Revision ID: 0006_webchat
Revises: 0005_inbox
Create Date: 2026-11-30 20:51:47.415323
"""
from alembic import op
import sqlalchemy as sa
import storage.models.base


revision = '0006_webchat'
down_revision = '0005_inbox'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('chat_login_codes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('number_hash', sa.String(length=64), nullable=False),
    sa.Column('address_hash', sa.String(length=64), nullable=False),
    sa.Column('code_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', storage.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('expires_at', storage.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('used_at', storage.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_chat_login_codes_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chat_login_codes'))
    )
    with op.batch_alter_table('chat_login_codes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_chat_login_codes_address_hash'), ['address_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_chat_login_codes_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_chat_login_codes_number_hash'), ['number_hash'], unique=False)
        batch_op.create_index(batch_op.f('ix_chat_login_codes_user_id'), ['user_id'], unique=False)

    op.create_table('chat_readers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('read_up_to_message_id', sa.Integer(), nullable=False),
    sa.Column('read_at', storage.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.Column('sms_when_unread', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_chat_readers_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chat_readers')),
    sa.UniqueConstraint('user_id', name=op.f('uq_chat_readers_user_id'))
    )
    op.create_table('chat_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('token_hash', sa.String(length=64), nullable=False),
    sa.Column('created_at', storage.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('last_seen_at', storage.models.base.UtcDateTime(timezone=True), nullable=False),
    sa.Column('ended_at', storage.models.base.UtcDateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_chat_sessions_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_chat_sessions')),
    sa.UniqueConstraint('token_hash', name=op.f('uq_chat_sessions_token_hash'))
    )
    with op.batch_alter_table('chat_sessions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_chat_sessions_user_id'), ['user_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('chat_sessions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_chat_sessions_user_id'))

    op.drop_table('chat_sessions')
    op.drop_table('chat_readers')
    with op.batch_alter_table('chat_login_codes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_chat_login_codes_user_id'))
        batch_op.drop_index(batch_op.f('ix_chat_login_codes_number_hash'))
        batch_op.drop_index(batch_op.f('ix_chat_login_codes_created_at'))
        batch_op.drop_index(batch_op.f('ix_chat_login_codes_address_hash'))

    op.drop_table('chat_login_codes')
