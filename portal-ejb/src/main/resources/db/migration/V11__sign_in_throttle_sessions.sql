-- Failed sign-ins are throttled in memory per address and account (SignInThrottle), no longer counted on the
-- account row: nobody can lock another's account, and parallel attempts never collide on the row.
alter table user_account drop column failed_sign_ins;
alter table user_account drop column locked_until;
-- Sessions signed in before this instant end on their next request (password reset or change).
alter table user_account add column credentials_changed_at timestamp with time zone;
