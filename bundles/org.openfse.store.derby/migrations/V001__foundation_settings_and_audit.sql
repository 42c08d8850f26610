-- V001: the foundation tables. SCHEMA_HISTORY itself is created by MigrationRunner.
-- Never edit this file once released: its checksum is recorded in SCHEMA_HISTORY.

-- Practice settings, one row per key.
CREATE TABLE SETTING (
    NAME  VARCHAR(128)  NOT NULL,
    VALUE VARCHAR(4000),
    CONSTRAINT PK_SETTING PRIMARY KEY (NAME)
);

-- Audit trail: every state change, with who and when (ARCHITECTURE.md section 5).
-- The time column is OCCURRED_AT because AT is a reserved word in Derby.
CREATE TABLE AUDIT_ENTRY (
    ID           BIGINT        NOT NULL GENERATED ALWAYS AS IDENTITY,
    OCCURRED_AT  TIMESTAMP     NOT NULL,
    ACTOR        VARCHAR(128)  NOT NULL,
    ENTITY       VARCHAR(64)   NOT NULL,
    ENTITY_ID    VARCHAR(64)   NOT NULL,
    ACTION       VARCHAR(64)   NOT NULL,
    BEFORE_VALUE CLOB,
    AFTER_VALUE  CLOB,
    CONSTRAINT PK_AUDIT_ENTRY PRIMARY KEY (ID)
);

CREATE INDEX IX_AUDIT_ENTRY_ENTITY ON AUDIT_ENTRY (ENTITY, ENTITY_ID);
