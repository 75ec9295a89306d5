CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "AspNetRoles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetRoles" PRIMARY KEY,
    "Name" TEXT NULL,
    "NormalizedName" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL
);

CREATE TABLE "AspNetUsers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_AspNetUsers" PRIMARY KEY,
    "DisplayName" TEXT NULL,
    "UserName" TEXT NULL,
    "NormalizedUserName" TEXT NULL,
    "Email" TEXT NULL,
    "NormalizedEmail" TEXT NULL,
    "EmailConfirmed" INTEGER NOT NULL,
    "PasswordHash" TEXT NULL,
    "SecurityStamp" TEXT NULL,
    "ConcurrencyStamp" TEXT NULL,
    "PhoneNumber" TEXT NULL,
    "PhoneNumberConfirmed" INTEGER NOT NULL,
    "TwoFactorEnabled" INTEGER NOT NULL,
    "LockoutEnd" TEXT NULL,
    "LockoutEnabled" INTEGER NOT NULL,
    "AccessFailedCount" INTEGER NOT NULL
);

CREATE TABLE "Sources" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Sources" PRIMARY KEY AUTOINCREMENT,
    "Outlet" TEXT NOT NULL,
    "Headline" TEXT NOT NULL,
    "Authors" TEXT NULL,
    "PublishedOn" TEXT NULL,
    "PublishedPrecision" TEXT NOT NULL,
    "Url" TEXT NULL,
    "Kind" TEXT NOT NULL,
    "Note" TEXT NULL,
    "Version" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAtUtc" TEXT NULL,
    "UpdatedBy" TEXT NULL
);

CREATE TABLE "Speakers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Speakers" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Kind" TEXT NOT NULL,
    "Country" TEXT NULL,
    "Affiliation" TEXT NULL,
    "Aliases" TEXT NULL,
    "Version" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAtUtc" TEXT NULL,
    "UpdatedBy" TEXT NULL
);

CREATE TABLE "Topics" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Topics" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL
);

CREATE TABLE "AspNetRoleClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetRoleClaims" PRIMARY KEY AUTOINCREMENT,
    "RoleId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetRoleClaims_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserClaims" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AspNetUserClaims" PRIMARY KEY AUTOINCREMENT,
    "UserId" TEXT NOT NULL,
    "ClaimType" TEXT NULL,
    "ClaimValue" TEXT NULL,
    CONSTRAINT "FK_AspNetUserClaims_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserLogins" (
    "LoginProvider" TEXT NOT NULL,
    "ProviderKey" TEXT NOT NULL,
    "ProviderDisplayName" TEXT NULL,
    "UserId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserLogins" PRIMARY KEY ("LoginProvider", "ProviderKey"),
    CONSTRAINT "FK_AspNetUserLogins_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserPasskeys" (
    "CredentialId" BLOB NOT NULL CONSTRAINT "PK_AspNetUserPasskeys" PRIMARY KEY,
    "UserId" TEXT NOT NULL,
    "Data" TEXT NOT NULL,
    CONSTRAINT "FK_AspNetUserPasskeys_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserRoles" (
    "UserId" TEXT NOT NULL,
    "RoleId" TEXT NOT NULL,
    CONSTRAINT "PK_AspNetUserRoles" PRIMARY KEY ("UserId", "RoleId"),
    CONSTRAINT "FK_AspNetUserRoles_AspNetRoles_RoleId" FOREIGN KEY ("RoleId") REFERENCES "AspNetRoles" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_AspNetUserRoles_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "AspNetUserTokens" (
    "UserId" TEXT NOT NULL,
    "LoginProvider" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Value" TEXT NULL,
    CONSTRAINT "PK_AspNetUserTokens" PRIMARY KEY ("UserId", "LoginProvider", "Name"),
    CONSTRAINT "FK_AspNetUserTokens_AspNetUsers_UserId" FOREIGN KEY ("UserId") REFERENCES "AspNetUsers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "SpeakerRoles" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SpeakerRoles" PRIMARY KEY AUTOINCREMENT,
    "SpeakerId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "From" TEXT NULL,
    "To" TEXT NULL,
    CONSTRAINT "FK_SpeakerRoles_Speakers_SpeakerId" FOREIGN KEY ("SpeakerId") REFERENCES "Speakers" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Statements" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Statements" PRIMARY KEY AUTOINCREMENT,
    "Quote" TEXT NOT NULL,
    "QuoteKind" TEXT NOT NULL,
    "SpeakerId" INTEGER NOT NULL,
    "SpeakerRole" TEXT NULL,
    "OnBehalfOfId" INTEGER NULL,
    "SaidOn" TEXT NOT NULL,
    "SaidOnPrecision" TEXT NOT NULL,
    "Venue" TEXT NULL,
    "SourceId" INTEGER NOT NULL,
    "Context" TEXT NULL,
    "Version" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAtUtc" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    CONSTRAINT "FK_Statements_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Statements_Speakers_OnBehalfOfId" FOREIGN KEY ("OnBehalfOfId") REFERENCES "Speakers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Statements_Speakers_SpeakerId" FOREIGN KEY ("SpeakerId") REFERENCES "Speakers" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "Reviews" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Reviews" PRIMARY KEY AUTOINCREMENT,
    "StatementId" INTEGER NOT NULL,
    "Rating" TEXT NOT NULL,
    "Rationale" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "PublishedAtUtc" TEXT NULL,
    "PublishedBy" TEXT NULL,
    "Version" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAtUtc" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    CONSTRAINT "FK_Reviews_Statements_StatementId" FOREIGN KEY ("StatementId") REFERENCES "Statements" ("Id") ON DELETE CASCADE
);

CREATE TABLE "StatementLinks" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_StatementLinks" PRIMARY KEY AUTOINCREMENT,
    "FromStatementId" INTEGER NOT NULL,
    "ToStatementId" INTEGER NOT NULL,
    "Relation" TEXT NOT NULL,
    "Note" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAtUtc" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    CONSTRAINT "FK_StatementLinks_Statements_FromStatementId" FOREIGN KEY ("FromStatementId") REFERENCES "Statements" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_StatementLinks_Statements_ToStatementId" FOREIGN KEY ("ToStatementId") REFERENCES "Statements" ("Id") ON DELETE RESTRICT
);

CREATE TABLE "StatementTopics" (
    "StatementsId" INTEGER NOT NULL,
    "TopicsId" INTEGER NOT NULL,
    CONSTRAINT "PK_StatementTopics" PRIMARY KEY ("StatementsId", "TopicsId"),
    CONSTRAINT "FK_StatementTopics_Statements_StatementsId" FOREIGN KEY ("StatementsId") REFERENCES "Statements" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_StatementTopics_Topics_TopicsId" FOREIGN KEY ("TopicsId") REFERENCES "Topics" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Evidence" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Evidence" PRIMARY KEY AUTOINCREMENT,
    "ReviewId" INTEGER NOT NULL,
    "Title" TEXT NOT NULL,
    "Url" TEXT NULL,
    "StatementId" INTEGER NULL,
    "Stance" TEXT NOT NULL,
    CONSTRAINT "FK_Evidence_Reviews_ReviewId" FOREIGN KEY ("ReviewId") REFERENCES "Reviews" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_Evidence_Statements_StatementId" FOREIGN KEY ("StatementId") REFERENCES "Statements" ("Id") ON DELETE RESTRICT
);

CREATE INDEX "IX_AspNetRoleClaims_RoleId" ON "AspNetRoleClaims" ("RoleId");

CREATE UNIQUE INDEX "RoleNameIndex" ON "AspNetRoles" ("NormalizedName");

CREATE INDEX "IX_AspNetUserClaims_UserId" ON "AspNetUserClaims" ("UserId");

CREATE INDEX "IX_AspNetUserLogins_UserId" ON "AspNetUserLogins" ("UserId");

CREATE INDEX "IX_AspNetUserPasskeys_UserId" ON "AspNetUserPasskeys" ("UserId");

CREATE INDEX "IX_AspNetUserRoles_RoleId" ON "AspNetUserRoles" ("RoleId");

CREATE INDEX "EmailIndex" ON "AspNetUsers" ("NormalizedEmail");

CREATE UNIQUE INDEX "UserNameIndex" ON "AspNetUsers" ("NormalizedUserName");

CREATE INDEX "IX_Evidence_ReviewId" ON "Evidence" ("ReviewId");

CREATE INDEX "IX_Evidence_StatementId" ON "Evidence" ("StatementId");

CREATE UNIQUE INDEX "IX_Reviews_StatementId" ON "Reviews" ("StatementId");

CREATE INDEX "IX_Reviews_Status_Rating" ON "Reviews" ("Status", "Rating");

CREATE INDEX "IX_SpeakerRoles_SpeakerId" ON "SpeakerRoles" ("SpeakerId");

CREATE INDEX "IX_Speakers_Name_Id" ON "Speakers" ("Name", "Id");

CREATE UNIQUE INDEX "IX_StatementLinks_FromStatementId_ToStatementId_Relation" ON "StatementLinks" ("FromStatementId", "ToStatementId", "Relation");

CREATE INDEX "IX_StatementLinks_ToStatementId_Relation" ON "StatementLinks" ("ToStatementId", "Relation");

CREATE INDEX "IX_Statements_OnBehalfOfId" ON "Statements" ("OnBehalfOfId");

CREATE INDEX "IX_Statements_SaidOn_Id" ON "Statements" ("SaidOn", "Id");

CREATE INDEX "IX_Statements_SourceId" ON "Statements" ("SourceId");

CREATE INDEX "IX_Statements_SpeakerId_SaidOn_Id" ON "Statements" ("SpeakerId", "SaidOn", "Id");

CREATE INDEX "IX_StatementTopics_TopicsId" ON "StatementTopics" ("TopicsId");

CREATE UNIQUE INDEX "IX_Topics_Name" ON "Topics" ("Name");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125193539_InitialSchema', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
CREATE VIRTUAL TABLE "StatementSearch" USING fts5(
    "Quote", content='Statements', content_rowid='Id', tokenize='unicode61 remove_diacritics 2');

CREATE TRIGGER "Statements_search_insert" AFTER INSERT ON "Statements" BEGIN
    INSERT INTO "StatementSearch"(rowid, "Quote") VALUES (new."Id", new."Quote");
END;

CREATE TRIGGER "Statements_search_delete" AFTER DELETE ON "Statements" BEGIN
    INSERT INTO "StatementSearch"("StatementSearch", rowid, "Quote") VALUES ('delete', old."Id", old."Quote");
END;

CREATE TRIGGER "Statements_search_update" AFTER UPDATE OF "Quote" ON "Statements" BEGIN
    INSERT INTO "StatementSearch"("StatementSearch", rowid, "Quote") VALUES ('delete', old."Id", old."Quote");
    INSERT INTO "StatementSearch"(rowid, "Quote") VALUES (new."Id", new."Quote");
END;

INSERT INTO "StatementSearch"("StatementSearch") VALUES ('rebuild');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125193545_StatementFullTextSearch', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Reviews" ADD "CorrectedAtUtc" TEXT NULL;

ALTER TABLE "Reviews" ADD "OwnerId" TEXT NULL;

ALTER TABLE "Reviews" ADD "OwnerName" TEXT NULL;

CREATE TABLE "ReviewRevisions" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ReviewRevisions" PRIMARY KEY AUTOINCREMENT,
    "ReviewId" INTEGER NOT NULL,
    "Event" TEXT NOT NULL,
    "Rating" TEXT NOT NULL,
    "Rationale" TEXT NOT NULL,
    "Note" TEXT NULL,
    "AtUtc" TEXT NOT NULL,
    "By" TEXT NULL,
    CONSTRAINT "FK_ReviewRevisions_Reviews_ReviewId" FOREIGN KEY ("ReviewId") REFERENCES "Reviews" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ReviewRevisions_ReviewId_AtUtc" ON "ReviewRevisions" ("ReviewId", "AtUtc");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125195026_ReviewWorkflow', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "AuditEntries" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AuditEntries" PRIMARY KEY AUTOINCREMENT,
    "OperationId" TEXT NOT NULL,
    "AtUtc" TEXT NOT NULL,
    "UserId" TEXT NULL,
    "UserName" TEXT NULL,
    "Request" TEXT NOT NULL,
    "Entity" TEXT NOT NULL,
    "EntityId" TEXT NOT NULL,
    "Change" TEXT NOT NULL,
    "StatementId" INTEGER NULL,
    "Before" TEXT NULL,
    "After" TEXT NULL
);

CREATE INDEX "IX_AuditEntries_AtUtc" ON "AuditEntries" ("AtUtc");

CREATE INDEX "IX_AuditEntries_StatementId_AtUtc" ON "AuditEntries" ("StatementId", "AtUtc");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125195608_AuditTrail', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "AnnotationTags" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_AnnotationTags" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "Color" TEXT NOT NULL
);

CREATE TABLE "Annotations" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Annotations" PRIMARY KEY AUTOINCREMENT,
    "StatementId" INTEGER NOT NULL,
    "ParentId" INTEGER NULL,
    "Kind" TEXT NOT NULL,
    "Body" TEXT NULL,
    "TagId" INTEGER NULL,
    "LinkId" INTEGER NULL,
    "Exact" TEXT NULL,
    "Prefix" TEXT NULL,
    "Suffix" TEXT NULL,
    "Start" INTEGER NULL,
    "End" INTEGER NULL,
    "Resolved" INTEGER NOT NULL,
    "OwnerId" TEXT NULL,
    "OwnerName" TEXT NULL,
    "Version" TEXT NOT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAtUtc" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    CONSTRAINT "FK_Annotations_AnnotationTags_TagId" FOREIGN KEY ("TagId") REFERENCES "AnnotationTags" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Annotations_Annotations_ParentId" FOREIGN KEY ("ParentId") REFERENCES "Annotations" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_Annotations_StatementLinks_LinkId" FOREIGN KEY ("LinkId") REFERENCES "StatementLinks" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_Annotations_Statements_StatementId" FOREIGN KEY ("StatementId") REFERENCES "Statements" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Annotations_LinkId" ON "Annotations" ("LinkId");

CREATE INDEX "IX_Annotations_ParentId" ON "Annotations" ("ParentId");

CREATE INDEX "IX_Annotations_StatementId_ParentId" ON "Annotations" ("StatementId", "ParentId");

CREATE INDEX "IX_Annotations_TagId" ON "Annotations" ("TagId");

CREATE UNIQUE INDEX "IX_AnnotationTags_Name" ON "AnnotationTags" ("Name");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125200409_Annotations', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
CREATE INDEX "IX_Statements_CreatedAtUtc" ON "Statements" ("CreatedAtUtc");

CREATE INDEX "IX_StatementLinks_CreatedAtUtc" ON "StatementLinks" ("CreatedAtUtc");

CREATE INDEX "IX_Reviews_PublishedAtUtc" ON "Reviews" ("PublishedAtUtc");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125203838_StatsIndexes', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "AuditEntries" ADD "RelatedStatementId" INTEGER NULL;

CREATE INDEX "IX_AuditEntries_RelatedStatementId" ON "AuditEntries" ("RelatedStatementId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125204653_AuditRelatedStatement', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "DataProtectionKeys" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_DataProtectionKeys" PRIMARY KEY AUTOINCREMENT,
    "FriendlyName" TEXT NULL,
    "Xml" TEXT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261125205450_DataProtectionKeys', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Topics" ADD "NameKey" TEXT NULL;

ALTER TABLE "Speakers" ADD "AliasKeys" TEXT NULL;

ALTER TABLE "Speakers" ADD "NameKey" TEXT NULL;

ALTER TABLE "AnnotationTags" ADD "NameKey" TEXT NULL;

CREATE UNIQUE INDEX "IX_Topics_NameKey" ON "Topics" ("NameKey");

CREATE UNIQUE INDEX "IX_Speakers_NameKey" ON "Speakers" ("NameKey");

CREATE UNIQUE INDEX "IX_AnnotationTags_NameKey" ON "AnnotationTags" ("NameKey");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202025022_NameKeys', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
DROP TRIGGER IF EXISTS "Statements_search_update";

DROP TRIGGER IF EXISTS "Statements_search_delete";

DROP TRIGGER IF EXISTS "Statements_search_insert";

DROP TABLE IF EXISTS "StatementSearch";

CREATE VIRTUAL TABLE "StatementSearch" USING fts5(
    "Quote", "Speakers", "Topics", "Context",
    tokenize = 'porter unicode61 remove_diacritics 2 categories ''L* N* Co M*''');

CREATE VIEW "StatementSearchDocuments" AS
SELECT s."Id" AS "Id",
       s."Quote" AS "Quote",
       concat_ws(' ; ', sp."Name", sp."Aliases", ob."Name", ob."Aliases") AS "Speakers",
       (SELECT group_concat(t."Name", ' ; ') FROM "StatementTopics" AS st
            JOIN "Topics" AS t ON t."Id" = st."TopicsId" WHERE st."StatementsId" = s."Id") AS "Topics",
       s."Context" AS "Context"
FROM "Statements" AS s
JOIN "Speakers" AS sp ON sp."Id" = s."SpeakerId"
LEFT JOIN "Speakers" AS ob ON ob."Id" = s."OnBehalfOfId";

CREATE TRIGGER "StatementSearch_statement_insert" AFTER INSERT ON "Statements" BEGIN
    DELETE FROM "StatementSearch" WHERE rowid IN (new."Id");
    INSERT INTO "StatementSearch"(rowid, "Quote", "Speakers", "Topics", "Context")
        SELECT "Id", "Quote", "Speakers", "Topics", "Context" FROM "StatementSearchDocuments" WHERE "Id" IN (new."Id");
END;

CREATE TRIGGER "StatementSearch_statement_update" AFTER UPDATE OF "Quote", "Context", "SpeakerId", "OnBehalfOfId" ON "Statements" BEGIN
    DELETE FROM "StatementSearch" WHERE rowid IN (new."Id");
    INSERT INTO "StatementSearch"(rowid, "Quote", "Speakers", "Topics", "Context")
        SELECT "Id", "Quote", "Speakers", "Topics", "Context" FROM "StatementSearchDocuments" WHERE "Id" IN (new."Id");
END;

CREATE TRIGGER "StatementSearch_statement_delete" AFTER DELETE ON "Statements" BEGIN
    DELETE FROM "StatementSearch" WHERE rowid = old."Id";
END;

CREATE TRIGGER "StatementSearch_speaker_update" AFTER UPDATE OF "Name", "Aliases" ON "Speakers" BEGIN
    DELETE FROM "StatementSearch" WHERE rowid IN (SELECT "Id" FROM "Statements" WHERE "SpeakerId" = new."Id" UNION SELECT "Id" FROM "Statements" WHERE "OnBehalfOfId" = new."Id");
    INSERT INTO "StatementSearch"(rowid, "Quote", "Speakers", "Topics", "Context")
        SELECT "Id", "Quote", "Speakers", "Topics", "Context" FROM "StatementSearchDocuments" WHERE "Id" IN (SELECT "Id" FROM "Statements" WHERE "SpeakerId" = new."Id" UNION SELECT "Id" FROM "Statements" WHERE "OnBehalfOfId" = new."Id");
END;

CREATE TRIGGER "StatementSearch_topic_update" AFTER UPDATE OF "Name" ON "Topics" BEGIN
    DELETE FROM "StatementSearch" WHERE rowid IN (SELECT "StatementsId" FROM "StatementTopics" WHERE "TopicsId" = new."Id");
    INSERT INTO "StatementSearch"(rowid, "Quote", "Speakers", "Topics", "Context")
        SELECT "Id", "Quote", "Speakers", "Topics", "Context" FROM "StatementSearchDocuments" WHERE "Id" IN (SELECT "StatementsId" FROM "StatementTopics" WHERE "TopicsId" = new."Id");
END;

CREATE TRIGGER "StatementSearch_topic_added" AFTER INSERT ON "StatementTopics" BEGIN
    DELETE FROM "StatementSearch" WHERE rowid IN (new."StatementsId");
    INSERT INTO "StatementSearch"(rowid, "Quote", "Speakers", "Topics", "Context")
        SELECT "Id", "Quote", "Speakers", "Topics", "Context" FROM "StatementSearchDocuments" WHERE "Id" IN (new."StatementsId");
END;

CREATE TRIGGER "StatementSearch_topic_removed" AFTER DELETE ON "StatementTopics" BEGIN
    DELETE FROM "StatementSearch" WHERE rowid IN (old."StatementsId");
    INSERT INTO "StatementSearch"(rowid, "Quote", "Speakers", "Topics", "Context")
        SELECT "Id", "Quote", "Speakers", "Topics", "Context" FROM "StatementSearchDocuments" WHERE "Id" IN (old."StatementsId");
END;

INSERT INTO "StatementSearch"(rowid, "Quote", "Speakers", "Topics", "Context") SELECT "Id", "Quote", "Speakers", "Topics", "Context" FROM "StatementSearchDocuments";

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202025143_SearchEverything', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Reviews" ADD "PublishedOnBehalfOfName" TEXT NULL;

ALTER TABLE "Reviews" ADD "PublishedQuote" TEXT NULL;

ALTER TABLE "Reviews" ADD "PublishedQuoteKind" TEXT NULL;

ALTER TABLE "Reviews" ADD "PublishedSaidOn" TEXT NULL;

ALTER TABLE "Reviews" ADD "PublishedSaidOnPrecision" TEXT NULL;

ALTER TABLE "Reviews" ADD "PublishedSourceHeadline" TEXT NULL;

ALTER TABLE "Reviews" ADD "PublishedSourceOutlet" TEXT NULL;

ALTER TABLE "Reviews" ADD "PublishedSourceUrl" TEXT NULL;

ALTER TABLE "Reviews" ADD "PublishedSpeakerName" TEXT NULL;

ALTER TABLE "Reviews" ADD "PublishedSpeakerRole" TEXT NULL;

ALTER TABLE "Reviews" ADD "PublishedVenue" TEXT NULL;

ALTER TABLE "Evidence" ADD "CitedQuote" TEXT NULL;

ALTER TABLE "Evidence" ADD "CitedQuoteKind" TEXT NULL;

ALTER TABLE "Evidence" ADD "CitedSpeaker" TEXT NULL;

CREATE TABLE "SpeakerMerges" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_SpeakerMerges" PRIMARY KEY,
    "MergedName" TEXT NOT NULL,
    "KeptSpeakerId" INTEGER NOT NULL,
    "MergedAtUtc" TEXT NOT NULL,
    CONSTRAINT "FK_SpeakerMerges_Speakers_KeptSpeakerId" FOREIGN KEY ("KeptSpeakerId") REFERENCES "Speakers" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_SpeakerMerges_KeptSpeakerId" ON "SpeakerMerges" ("KeptSpeakerId");

UPDATE "Reviews" SET
    ("PublishedQuote", "PublishedQuoteKind", "PublishedSpeakerName", "PublishedSpeakerRole", "PublishedOnBehalfOfName",
     "PublishedSaidOn", "PublishedSaidOnPrecision", "PublishedVenue", "PublishedSourceOutlet", "PublishedSourceHeadline", "PublishedSourceUrl") =
    (SELECT s."Quote", s."QuoteKind", p."Name",
            COALESCE(s."SpeakerRole", (SELECT r."Title" FROM "SpeakerRoles" r
                WHERE r."SpeakerId" = s."SpeakerId" AND (r."From" IS NULL OR r."From" <= s."SaidOn") AND (r."To" IS NULL OR s."SaidOn" < r."To")
                ORDER BY r."From" DESC LIMIT 1)),
            b."Name", s."SaidOn", s."SaidOnPrecision", s."Venue", o."Outlet", o."Headline", o."Url"
     FROM "Statements" s
     JOIN "Speakers" p ON p."Id" = s."SpeakerId"
     JOIN "Sources" o ON o."Id" = s."SourceId"
     LEFT JOIN "Speakers" b ON b."Id" = s."OnBehalfOfId"
     WHERE s."Id" = "Reviews"."StatementId")
WHERE "Status" = 'Published';

UPDATE "Evidence" SET
    ("CitedQuote", "CitedQuoteKind", "CitedSpeaker") =
    (SELECT s."Quote", s."QuoteKind", p."Name" FROM "Statements" s JOIN "Speakers" p ON p."Id" = s."SpeakerId"
     WHERE s."Id" = "Evidence"."StatementId")
WHERE "StatementId" IS NOT NULL
  AND "ReviewId" IN (SELECT "Id" FROM "Reviews" WHERE "Status" = 'Published');

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202025657_PublishedSnapshot', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_Statements_OnBehalfOfId";

CREATE INDEX "IX_Statements_OnBehalfOfId_SaidOn_Id" ON "Statements" ("OnBehalfOfId", "SaidOn", "Id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202070613_ListPerformance', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Publishers" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_Publishers" PRIMARY KEY AUTOINCREMENT,
    "Name" TEXT NOT NULL,
    "NameKey" TEXT NOT NULL,
    "Site" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAtUtc" TEXT NULL,
    "UpdatedBy" TEXT NULL
);

CREATE TABLE "OutsideReviews" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_OutsideReviews" PRIMARY KEY AUTOINCREMENT,
    "StatementId" INTEGER NOT NULL,
    "PublisherId" INTEGER NOT NULL,
    "Label" TEXT NOT NULL,
    "Rating" TEXT NULL,
    "Url" TEXT NULL,
    "Title" TEXT NULL,
    "ReviewedOn" TEXT NULL,
    "LanguageCode" TEXT NULL,
    "ImportBatchId" INTEGER NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAtUtc" TEXT NULL,
    "UpdatedBy" TEXT NULL,
    CONSTRAINT "FK_OutsideReviews_Publishers_PublisherId" FOREIGN KEY ("PublisherId") REFERENCES "Publishers" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_OutsideReviews_Statements_StatementId" FOREIGN KEY ("StatementId") REFERENCES "Statements" ("Id") ON DELETE CASCADE
);

CREATE TABLE "RatingLabels" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_RatingLabels" PRIMARY KEY AUTOINCREMENT,
    "PublisherId" INTEGER NOT NULL,
    "Label" TEXT NOT NULL,
    "LabelKey" TEXT NOT NULL,
    "Rating" TEXT NOT NULL,
    CONSTRAINT "FK_RatingLabels_Publishers_PublisherId" FOREIGN KEY ("PublisherId") REFERENCES "Publishers" ("Id") ON DELETE CASCADE
);

INSERT INTO "Publishers" ("Id", "CreatedAtUtc", "CreatedBy", "Name", "NameKey", "Site", "UpdatedAtUtc", "UpdatedBy")
VALUES (1, '2026-12-02 00:00:00', NULL, 'PolitiFact', 'politifact', 'https://www.politifact.com/', NULL, NULL);
SELECT changes();


INSERT INTO "RatingLabels" ("Id", "Label", "LabelKey", "PublisherId", "Rating")
VALUES (1, 'true', 'true', 1, 'True');
SELECT changes();

INSERT INTO "RatingLabels" ("Id", "Label", "LabelKey", "PublisherId", "Rating")
VALUES (2, 'mostly-true', 'mostly-true', 1, 'MostlyTrue');
SELECT changes();

INSERT INTO "RatingLabels" ("Id", "Label", "LabelKey", "PublisherId", "Rating")
VALUES (3, 'half-true', 'half-true', 1, 'HalfTrue');
SELECT changes();

INSERT INTO "RatingLabels" ("Id", "Label", "LabelKey", "PublisherId", "Rating")
VALUES (4, 'barely-true', 'barely-true', 1, 'MostlyFalse');
SELECT changes();

INSERT INTO "RatingLabels" ("Id", "Label", "LabelKey", "PublisherId", "Rating")
VALUES (5, 'false', 'false', 1, 'False');
SELECT changes();

INSERT INTO "RatingLabels" ("Id", "Label", "LabelKey", "PublisherId", "Rating")
VALUES (6, 'pants-fire', 'pants-fire', 1, 'False');
SELECT changes();

INSERT INTO "RatingLabels" ("Id", "Label", "LabelKey", "PublisherId", "Rating")
VALUES (7, 'mostly-false', 'mostly-false', 1, 'MostlyFalse');
SELECT changes();

INSERT INTO "RatingLabels" ("Id", "Label", "LabelKey", "PublisherId", "Rating")
VALUES (8, 'pants-on-fire', 'pants-on-fire', 1, 'False');
SELECT changes();


CREATE INDEX "IX_OutsideReviews_ImportBatchId" ON "OutsideReviews" ("ImportBatchId");

CREATE INDEX "IX_OutsideReviews_PublisherId_Label" ON "OutsideReviews" ("PublisherId", "Label");

CREATE INDEX "IX_OutsideReviews_StatementId_PublisherId" ON "OutsideReviews" ("StatementId", "PublisherId");

CREATE UNIQUE INDEX "IX_Publishers_NameKey" ON "Publishers" ("NameKey");

CREATE UNIQUE INDEX "IX_RatingLabels_PublisherId_LabelKey" ON "RatingLabels" ("PublisherId", "LabelKey");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202070618_Publishers', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "StatsDeskDays" (
    "Day" TEXT NOT NULL,
    "Kind" INTEGER NOT NULL,
    "Member" TEXT NOT NULL,
    "Rating" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_StatsDeskDays" PRIMARY KEY ("Day", "Kind", "Member", "Rating")
);

CREATE TABLE "StatsSpeakerLinks" (
    "SpeakerId" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "Category" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_StatsSpeakerLinks" PRIMARY KEY ("SpeakerId", "Month", "Category")
);

CREATE TABLE "StatsSpeakerRebutters" (
    "SpeakerId" INTEGER NOT NULL,
    "RebutterId" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_StatsSpeakerRebutters" PRIMARY KEY ("SpeakerId", "RebutterId", "Month")
);

CREATE TABLE "StatsSpeakerTopics" (
    "SpeakerId" INTEGER NOT NULL,
    "TopicId" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_StatsSpeakerTopics" PRIMARY KEY ("SpeakerId", "TopicId", "Month")
);

CREATE TABLE "StatsSpeakerVerdicts" (
    "SpeakerId" INTEGER NOT NULL,
    "PublisherId" INTEGER NOT NULL,
    "Month" INTEGER NOT NULL,
    "Bucket" INTEGER NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_StatsSpeakerVerdicts" PRIMARY KEY ("SpeakerId", "PublisherId", "Month", "Bucket")
);

CREATE TABLE "StatsTopicDays" (
    "TopicId" INTEGER NOT NULL,
    "Day" TEXT NOT NULL,
    "Count" INTEGER NOT NULL,
    CONSTRAINT "PK_StatsTopicDays" PRIMARY KEY ("Day", "TopicId")
);

CREATE INDEX "IX_StatsTopicDays_TopicId_Day_Count" ON "StatsTopicDays" ("TopicId", "Day", "Count");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202071259_StatsReadModel', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Topics" ADD "ImportBatchId" INTEGER NULL;

ALTER TABLE "Statements" ADD "ImportBatchId" INTEGER NULL;

ALTER TABLE "Statements" ADD "ImportFingerprint" TEXT NULL;

ALTER TABLE "Statements" ADD "ImportKey" TEXT NULL;

ALTER TABLE "Speakers" ADD "ImportBatchId" INTEGER NULL;

ALTER TABLE "Sources" ADD "ImportBatchId" INTEGER NULL;

CREATE TABLE "ImportBatches" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportBatches" PRIMARY KEY AUTOINCREMENT,
    "Format" TEXT NOT NULL,
    "FileNames" TEXT NOT NULL,
    "Status" TEXT NOT NULL,
    "StartedByName" TEXT NULL,
    "StartedAtUtc" TEXT NOT NULL,
    "FinishedAtUtc" TEXT NULL,
    "Created" INTEGER NOT NULL,
    "Updated" INTEGER NOT NULL,
    "Unchanged" INTEGER NOT NULL,
    "Rejected" INTEGER NOT NULL,
    "RowsDone" INTEGER NOT NULL,
    "ReachedLine" TEXT NULL,
    "Message" TEXT NULL,
    "CreatedAtUtc" TEXT NOT NULL,
    "CreatedBy" TEXT NULL,
    "UpdatedAtUtc" TEXT NULL,
    "UpdatedBy" TEXT NULL
);

CREATE TABLE "ImportRejections" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportRejections" PRIMARY KEY AUTOINCREMENT,
    "ImportBatchId" INTEGER NOT NULL,
    "FileName" TEXT NOT NULL,
    "LineNumber" INTEGER NOT NULL,
    "Reason" TEXT NOT NULL,
    "Excerpt" TEXT NOT NULL,
    CONSTRAINT "FK_ImportRejections_ImportBatches_ImportBatchId" FOREIGN KEY ("ImportBatchId") REFERENCES "ImportBatches" ("Id") ON DELETE CASCADE
);

CREATE TABLE "ImportReverts" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ImportReverts" PRIMARY KEY AUTOINCREMENT,
    "ImportBatchId" INTEGER NOT NULL,
    "StatementId" INTEGER NOT NULL,
    "Previous" TEXT NOT NULL,
    CONSTRAINT "FK_ImportReverts_ImportBatches_ImportBatchId" FOREIGN KEY ("ImportBatchId") REFERENCES "ImportBatches" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Topics_ImportBatchId" ON "Topics" ("ImportBatchId");

CREATE INDEX "IX_Statements_ImportBatchId" ON "Statements" ("ImportBatchId");

CREATE INDEX "IX_Statements_ImportKey" ON "Statements" ("ImportKey");

CREATE INDEX "IX_Speakers_ImportBatchId" ON "Speakers" ("ImportBatchId");

CREATE INDEX "IX_Sources_ImportBatchId" ON "Sources" ("ImportBatchId");

CREATE INDEX "IX_ImportBatches_StartedAtUtc" ON "ImportBatches" ("StartedAtUtc");

CREATE INDEX "IX_ImportRejections_ImportBatchId_Id" ON "ImportRejections" ("ImportBatchId", "Id");

CREATE INDEX "IX_ImportReverts_ImportBatchId_StatementId" ON "ImportReverts" ("ImportBatchId", "StatementId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202083754_Imports', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Sources" ADD "ArticleText" TEXT NULL;

CREATE TABLE "ArticleAnchors" (
    "Id" INTEGER NOT NULL CONSTRAINT "PK_ArticleAnchors" PRIMARY KEY AUTOINCREMENT,
    "StatementId" INTEGER NOT NULL,
    "SourceId" INTEGER NOT NULL,
    "Exact" TEXT NOT NULL,
    "Prefix" TEXT NOT NULL,
    "Suffix" TEXT NOT NULL,
    "Start" INTEGER NOT NULL,
    "End" INTEGER NOT NULL,
    CONSTRAINT "FK_ArticleAnchors_Sources_SourceId" FOREIGN KEY ("SourceId") REFERENCES "Sources" ("Id"),
    CONSTRAINT "FK_ArticleAnchors_Statements_StatementId" FOREIGN KEY ("StatementId") REFERENCES "Statements" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_ArticleAnchors_SourceId_Start_End" ON "ArticleAnchors" ("SourceId", "Start", "End");

CREATE UNIQUE INDEX "IX_ArticleAnchors_StatementId" ON "ArticleAnchors" ("StatementId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202084005_ArticleIntake', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Speakers" ADD "ReferenceUrl" TEXT NULL;

ALTER TABLE "Reviews" ADD "PublishedSpeakerReferenceUrl" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261202150033_SpeakerReferenceUrl', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "SearchIndexDeferred" ("Deferred" INTEGER NOT NULL);

DROP TRIGGER IF EXISTS "StatementSearch_statement_insert";

CREATE TRIGGER "StatementSearch_statement_insert" AFTER INSERT ON "Statements"
WHEN NOT EXISTS (SELECT 1 FROM "SearchIndexDeferred") BEGIN
    DELETE FROM "StatementSearch" WHERE rowid IN (new."Id");
    INSERT INTO "StatementSearch"(rowid, "Quote", "Speakers", "Topics", "Context")
        SELECT "Id", "Quote", "Speakers", "Topics", "Context" FROM "StatementSearchDocuments" WHERE "Id" IN (new."Id");
END;

DROP TRIGGER IF EXISTS "StatementSearch_topic_added";

CREATE TRIGGER "StatementSearch_topic_added" AFTER INSERT ON "StatementTopics"
WHEN NOT EXISTS (SELECT 1 FROM "SearchIndexDeferred") BEGIN
    DELETE FROM "StatementSearch" WHERE rowid IN (new."StatementsId");
    INSERT INTO "StatementSearch"(rowid, "Quote", "Speakers", "Topics", "Context")
        SELECT "Id", "Quote", "Speakers", "Topics", "Context" FROM "StatementSearchDocuments" WHERE "Id" IN (new."StatementsId");
END;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203071000_DeferredSearchIndex', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
CREATE INDEX "IX_Reviews_Status_PublishedAtUtc_Id" ON "Reviews" ("Status", "PublishedAtUtc", "Id");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203071237_PublishedListIndex', '10.0.12');

COMMIT;

BEGIN TRANSACTION;
DROP INDEX "IX_StatementTopics_TopicsId";

ALTER TABLE "StatementTopics" ADD "StatementSaidOn" TEXT NULL;

UPDATE "StatementTopics" SET "StatementSaidOn" = (SELECT s."SaidOn" FROM "Statements" s WHERE s."Id" = "StatementTopics"."StatementsId");

CREATE TRIGGER "StatementTopics_said_on_added" AFTER INSERT ON "StatementTopics"
WHEN new."StatementSaidOn" IS NOT (SELECT "SaidOn" FROM "Statements" WHERE "Id" = new."StatementsId") BEGIN
    UPDATE "StatementTopics" SET "StatementSaidOn" = (SELECT "SaidOn" FROM "Statements" WHERE "Id" = new."StatementsId")
    WHERE "StatementsId" = new."StatementsId" AND "TopicsId" = new."TopicsId";
END;

CREATE TRIGGER "StatementTopics_said_on_moved" AFTER UPDATE OF "StatementsId", "StatementSaidOn" ON "StatementTopics"
WHEN new."StatementSaidOn" IS NOT (SELECT "SaidOn" FROM "Statements" WHERE "Id" = new."StatementsId") BEGIN
    UPDATE "StatementTopics" SET "StatementSaidOn" = (SELECT "SaidOn" FROM "Statements" WHERE "Id" = new."StatementsId")
    WHERE "StatementsId" = new."StatementsId" AND "TopicsId" = new."TopicsId";
END;

CREATE TRIGGER "StatementTopics_said_on_changed" AFTER UPDATE OF "SaidOn" ON "Statements"
WHEN new."SaidOn" IS NOT old."SaidOn" BEGIN
    UPDATE "StatementTopics" SET "StatementSaidOn" = new."SaidOn" WHERE "StatementsId" = new."Id";
END;

CREATE INDEX "IX_StatementTopics_TopicsId_StatementSaidOn_StatementsId" ON "StatementTopics" ("TopicsId", "StatementSaidOn", "StatementsId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261203104234_TopicTagDates', '10.0.12');

COMMIT;
