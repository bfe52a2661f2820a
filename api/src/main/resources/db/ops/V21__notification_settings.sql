-- What each user wants to receive where, and where to reach them (feature dozor.notifications).

-- Only the choices a user made are stored; a missing cell takes the default (IN_APP on, every other channel
-- off), so a new notice type or channel needs no back-fill.
CREATE TABLE notice_preference (
    user_id  uuid    NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    type     text    NOT NULL,
    channel  text    NOT NULL CHECK (channel IN ('IN_APP', 'EMAIL', 'TELEGRAM', 'SLACK', 'TEAMS')),
    enabled  boolean NOT NULL,
    PRIMARY KEY (user_id, type, channel)
);

-- One row per user. Slack and Teams are reached through the user's own incoming-webhook URL (there is no
-- department model to hang a shared one on, and a personal webhook can post to a direct-message channel); the
-- api accepts only https URLs on the configured hosts of each service.
CREATE TABLE notice_address (
    user_id            uuid        PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
    email              text        CHECK (length(email) <= 254),
    telegram_chat_id   text        CHECK (telegram_chat_id ~ '^(-?[0-9]{1,20}|@[A-Za-z][A-Za-z0-9_]{4,31})$'),
    slack_webhook_url  text        CHECK (length(slack_webhook_url) <= 500),
    teams_webhook_url  text        CHECK (length(teams_webhook_url) <= 1000),
    updated_at         timestamptz NOT NULL DEFAULT now()
);
