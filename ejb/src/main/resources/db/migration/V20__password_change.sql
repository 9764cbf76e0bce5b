-- A one-time password (the first municipal administrator's, later those the class teacher hands
-- out, R-A04) must be replaced at the first sign-in; nothing else opens until it is.
alter table account add column password_change_required boolean not null default false;
