-- Accounts: who may sign in, and in which roles.
CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE account (
    id            BIGINT                   NOT NULL,
    version       BIGINT                   NOT NULL,
    username      VARCHAR(64)              NOT NULL,
    password_hash VARCHAR(512)             NOT NULL,
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT account_pk PRIMARY KEY (id),
    CONSTRAINT account_username_uk UNIQUE (username)
);

CREATE TABLE account_role (
    account_id BIGINT      NOT NULL,
    role       VARCHAR(16) NOT NULL,
    CONSTRAINT account_role_pk PRIMARY KEY (account_id, role),
    CONSTRAINT account_role_account_fk FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT account_role_role_ck CHECK (role IN ('RESEARCHER', 'ARCHIVIST', 'EDITOR', 'ADMIN'))
);
