-- Long-poll wake-ups (see docs/decisions/change-feed.md): every statement that appends to the change
-- log notifies depot_change_log in the writer's own transaction. PostgreSQL delivers a notification
-- only on commit and folds identical ones of a transaction into one, so a use case that writes many
-- rows sends one empty notification; listeners on every server node then re-read the feed.
CREATE FUNCTION change_log_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('depot_change_log', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER change_log_notify
    AFTER INSERT ON change_log
    FOR EACH STATEMENT EXECUTE FUNCTION change_log_notify();
