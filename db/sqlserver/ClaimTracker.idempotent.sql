IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [AspNetRoles] (
        [Id] nvarchar(450) NOT NULL,
        [Name] nvarchar(256) NULL,
        [NormalizedName] nvarchar(256) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [AspNetUsers] (
        [Id] nvarchar(450) NOT NULL,
        [DisplayName] nvarchar(max) NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(256) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_AspNetUsers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [Sources] (
        [Id] int NOT NULL IDENTITY,
        [Outlet] nvarchar(200) NOT NULL,
        [Headline] nvarchar(500) NOT NULL,
        [Authors] nvarchar(500) NULL,
        [PublishedOn] date NULL,
        [PublishedPrecision] nvarchar(32) NOT NULL,
        [Url] nvarchar(2000) NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Note] nvarchar(2000) NULL,
        [Version] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_Sources] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [Speakers] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Country] nvarchar(200) NULL,
        [Affiliation] nvarchar(200) NULL,
        [Aliases] nvarchar(400) NULL,
        [Version] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_Speakers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [Topics] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(100) NOT NULL,
        CONSTRAINT [PK_Topics] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [AspNetRoleClaims] (
        [Id] int NOT NULL IDENTITY,
        [RoleId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetRoleClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetRoleClaims_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [AspNetUserClaims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] nvarchar(450) NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserClaims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_AspNetUserClaims_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [AspNetUserLogins] (
        [LoginProvider] nvarchar(128) NOT NULL,
        [ProviderKey] nvarchar(128) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserLogins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_AspNetUserLogins_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [AspNetUserPasskeys] (
        [CredentialId] varbinary(1024) NOT NULL,
        [UserId] nvarchar(450) NOT NULL,
        [Data] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_AspNetUserPasskeys] PRIMARY KEY ([CredentialId]),
        CONSTRAINT [FK_AspNetUserPasskeys_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [AspNetUserRoles] (
        [UserId] nvarchar(450) NOT NULL,
        [RoleId] nvarchar(450) NOT NULL,
        CONSTRAINT [PK_AspNetUserRoles] PRIMARY KEY ([UserId], [RoleId]),
        CONSTRAINT [FK_AspNetUserRoles_AspNetRoles_RoleId] FOREIGN KEY ([RoleId]) REFERENCES [AspNetRoles] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_AspNetUserRoles_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [AspNetUserTokens] (
        [UserId] nvarchar(450) NOT NULL,
        [LoginProvider] nvarchar(128) NOT NULL,
        [Name] nvarchar(128) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_AspNetUserTokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_AspNetUserTokens_AspNetUsers_UserId] FOREIGN KEY ([UserId]) REFERENCES [AspNetUsers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [SpeakerRoles] (
        [Id] int NOT NULL IDENTITY,
        [SpeakerId] int NOT NULL,
        [Title] nvarchar(200) NOT NULL,
        [From] date NULL,
        [To] date NULL,
        CONSTRAINT [PK_SpeakerRoles] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SpeakerRoles_Speakers_SpeakerId] FOREIGN KEY ([SpeakerId]) REFERENCES [Speakers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [Statements] (
        [Id] int NOT NULL IDENTITY,
        [Quote] nvarchar(4000) NOT NULL,
        [QuoteKind] nvarchar(32) NOT NULL,
        [SpeakerId] int NOT NULL,
        [SpeakerRole] nvarchar(200) NULL,
        [OnBehalfOfId] int NULL,
        [SaidOn] date NOT NULL,
        [SaidOnPrecision] nvarchar(32) NOT NULL,
        [Venue] nvarchar(300) NULL,
        [SourceId] int NOT NULL,
        [Context] nvarchar(2000) NULL,
        [Version] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_Statements] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Statements_Sources_SourceId] FOREIGN KEY ([SourceId]) REFERENCES [Sources] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Statements_Speakers_OnBehalfOfId] FOREIGN KEY ([OnBehalfOfId]) REFERENCES [Speakers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Statements_Speakers_SpeakerId] FOREIGN KEY ([SpeakerId]) REFERENCES [Speakers] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [Reviews] (
        [Id] int NOT NULL IDENTITY,
        [StatementId] int NOT NULL,
        [Rating] nvarchar(32) NOT NULL,
        [Rationale] nvarchar(max) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [PublishedAtUtc] datetime2 NULL,
        [PublishedBy] nvarchar(256) NULL,
        [Version] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_Reviews] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Reviews_Statements_StatementId] FOREIGN KEY ([StatementId]) REFERENCES [Statements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [StatementLinks] (
        [Id] int NOT NULL IDENTITY,
        [FromStatementId] int NOT NULL,
        [ToStatementId] int NOT NULL,
        [Relation] nvarchar(32) NOT NULL,
        [Note] nvarchar(1000) NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_StatementLinks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_StatementLinks_Statements_FromStatementId] FOREIGN KEY ([FromStatementId]) REFERENCES [Statements] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_StatementLinks_Statements_ToStatementId] FOREIGN KEY ([ToStatementId]) REFERENCES [Statements] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [StatementTopics] (
        [StatementsId] int NOT NULL,
        [TopicsId] int NOT NULL,
        CONSTRAINT [PK_StatementTopics] PRIMARY KEY ([StatementsId], [TopicsId]),
        CONSTRAINT [FK_StatementTopics_Statements_StatementsId] FOREIGN KEY ([StatementsId]) REFERENCES [Statements] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_StatementTopics_Topics_TopicsId] FOREIGN KEY ([TopicsId]) REFERENCES [Topics] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE TABLE [Evidence] (
        [Id] int NOT NULL IDENTITY,
        [ReviewId] int NOT NULL,
        [Title] nvarchar(300) NOT NULL,
        [Url] nvarchar(2000) NULL,
        [StatementId] int NULL,
        [Stance] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_Evidence] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Evidence_Reviews_ReviewId] FOREIGN KEY ([ReviewId]) REFERENCES [Reviews] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_Evidence_Statements_StatementId] FOREIGN KEY ([StatementId]) REFERENCES [Statements] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_AspNetRoleClaims_RoleId] ON [AspNetRoleClaims] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [RoleNameIndex] ON [AspNetRoles] ([NormalizedName]) WHERE [NormalizedName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_AspNetUserClaims_UserId] ON [AspNetUserClaims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_AspNetUserLogins_UserId] ON [AspNetUserLogins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_AspNetUserPasskeys_UserId] ON [AspNetUserPasskeys] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_AspNetUserRoles_RoleId] ON [AspNetUserRoles] ([RoleId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [AspNetUsers] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [AspNetUsers] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Evidence_ReviewId] ON [Evidence] ([ReviewId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Evidence_StatementId] ON [Evidence] ([StatementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Reviews_StatementId] ON [Reviews] ([StatementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Reviews_Status_Rating] ON [Reviews] ([Status], [Rating]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_SpeakerRoles_SpeakerId] ON [SpeakerRoles] ([SpeakerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Speakers_Name_Id] ON [Speakers] ([Name], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_StatementLinks_FromStatementId_ToStatementId_Relation] ON [StatementLinks] ([FromStatementId], [ToStatementId], [Relation]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_StatementLinks_ToStatementId_Relation] ON [StatementLinks] ([ToStatementId], [Relation]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Statements_OnBehalfOfId] ON [Statements] ([OnBehalfOfId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Statements_SaidOn_Id] ON [Statements] ([SaidOn], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Statements_SourceId] ON [Statements] ([SourceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_Statements_SpeakerId_SaidOn_Id] ON [Statements] ([SpeakerId], [SaidOn], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE INDEX [IX_StatementTopics_TopicsId] ON [StatementTopics] ([TopicsId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Topics_Name] ON [Topics] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193550_InitialSchema'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125193550_InitialSchema', N'10.0.12');
END;

COMMIT;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193556_StatementFullTextSearch'
)
BEGIN
    IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'ClaimTrackerCatalog') CREATE FULLTEXT CATALOG ClaimTrackerCatalog;
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193556_StatementFullTextSearch'
)
BEGIN
    IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'dbo.Statements')) CREATE FULLTEXT INDEX ON dbo.Statements (Quote LANGUAGE 1033) KEY INDEX PK_Statements ON ClaimTrackerCatalog WITH CHANGE_TRACKING AUTO;
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125193556_StatementFullTextSearch'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125193556_StatementFullTextSearch', N'10.0.12');
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125195046_ReviewWorkflow'
)
BEGIN
    ALTER TABLE [Reviews] ADD [CorrectedAtUtc] datetime2 NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125195046_ReviewWorkflow'
)
BEGIN
    ALTER TABLE [Reviews] ADD [OwnerId] nvarchar(450) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125195046_ReviewWorkflow'
)
BEGIN
    ALTER TABLE [Reviews] ADD [OwnerName] nvarchar(256) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125195046_ReviewWorkflow'
)
BEGIN
    CREATE TABLE [ReviewRevisions] (
        [Id] int NOT NULL IDENTITY,
        [ReviewId] int NOT NULL,
        [Event] nvarchar(32) NOT NULL,
        [Rating] nvarchar(32) NOT NULL,
        [Rationale] nvarchar(max) NOT NULL,
        [Note] nvarchar(2000) NULL,
        [AtUtc] datetime2 NOT NULL,
        [By] nvarchar(256) NULL,
        CONSTRAINT [PK_ReviewRevisions] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ReviewRevisions_Reviews_ReviewId] FOREIGN KEY ([ReviewId]) REFERENCES [Reviews] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125195046_ReviewWorkflow'
)
BEGIN
    CREATE INDEX [IX_ReviewRevisions_ReviewId_AtUtc] ON [ReviewRevisions] ([ReviewId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125195046_ReviewWorkflow'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125195046_ReviewWorkflow', N'10.0.12');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125195615_AuditTrail'
)
BEGIN
    CREATE TABLE [AuditEntries] (
        [Id] bigint NOT NULL IDENTITY,
        [OperationId] uniqueidentifier NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        [UserId] nvarchar(450) NULL,
        [UserName] nvarchar(256) NULL,
        [Request] nvarchar(100) NOT NULL,
        [Entity] nvarchar(100) NOT NULL,
        [EntityId] nvarchar(450) NOT NULL,
        [Change] nvarchar(32) NOT NULL,
        [StatementId] int NULL,
        [Before] nvarchar(max) NULL,
        [After] nvarchar(max) NULL,
        CONSTRAINT [PK_AuditEntries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125195615_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_AtUtc] ON [AuditEntries] ([AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125195615_AuditTrail'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_StatementId_AtUtc] ON [AuditEntries] ([StatementId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125195615_AuditTrail'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125195615_AuditTrail', N'10.0.12');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125200439_Annotations'
)
BEGIN
    CREATE TABLE [AnnotationTags] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(50) NOT NULL,
        [Color] nvarchar(7) NOT NULL,
        CONSTRAINT [PK_AnnotationTags] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125200439_Annotations'
)
BEGIN
    CREATE TABLE [Annotations] (
        [Id] int NOT NULL IDENTITY,
        [StatementId] int NOT NULL,
        [ParentId] int NULL,
        [Kind] nvarchar(32) NOT NULL,
        [Body] nvarchar(4000) NULL,
        [TagId] int NULL,
        [LinkId] int NULL,
        [Exact] nvarchar(4000) NULL,
        [Prefix] nvarchar(32) NULL,
        [Suffix] nvarchar(32) NULL,
        [Start] int NULL,
        [End] int NULL,
        [Resolved] bit NOT NULL,
        [OwnerId] nvarchar(450) NULL,
        [OwnerName] nvarchar(256) NULL,
        [Version] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_Annotations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_Annotations_AnnotationTags_TagId] FOREIGN KEY ([TagId]) REFERENCES [AnnotationTags] ([Id]) ON DELETE SET NULL,
        CONSTRAINT [FK_Annotations_Annotations_ParentId] FOREIGN KEY ([ParentId]) REFERENCES [Annotations] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_Annotations_StatementLinks_LinkId] FOREIGN KEY ([LinkId]) REFERENCES [StatementLinks] ([Id]) ON DELETE SET NULL,
        CONSTRAINT [FK_Annotations_Statements_StatementId] FOREIGN KEY ([StatementId]) REFERENCES [Statements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125200439_Annotations'
)
BEGIN
    CREATE INDEX [IX_Annotations_LinkId] ON [Annotations] ([LinkId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125200439_Annotations'
)
BEGIN
    CREATE INDEX [IX_Annotations_ParentId] ON [Annotations] ([ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125200439_Annotations'
)
BEGIN
    CREATE INDEX [IX_Annotations_StatementId_ParentId] ON [Annotations] ([StatementId], [ParentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125200439_Annotations'
)
BEGIN
    CREATE INDEX [IX_Annotations_TagId] ON [Annotations] ([TagId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125200439_Annotations'
)
BEGIN
    CREATE UNIQUE INDEX [IX_AnnotationTags_Name] ON [AnnotationTags] ([Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125200439_Annotations'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125200439_Annotations', N'10.0.12');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125203844_StatsIndexes'
)
BEGIN
    CREATE INDEX [IX_Statements_CreatedAtUtc] ON [Statements] ([CreatedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125203844_StatsIndexes'
)
BEGIN
    CREATE INDEX [IX_StatementLinks_CreatedAtUtc] ON [StatementLinks] ([CreatedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125203844_StatsIndexes'
)
BEGIN
    CREATE INDEX [IX_Reviews_PublishedAtUtc] ON [Reviews] ([PublishedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125203844_StatsIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125203844_StatsIndexes', N'10.0.12');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125204659_AuditRelatedStatement'
)
BEGIN
    ALTER TABLE [AuditEntries] ADD [RelatedStatementId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125204659_AuditRelatedStatement'
)
BEGIN
    CREATE INDEX [IX_AuditEntries_RelatedStatementId] ON [AuditEntries] ([RelatedStatementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125204659_AuditRelatedStatement'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125204659_AuditRelatedStatement', N'10.0.12');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125205456_DataProtectionKeys'
)
BEGIN
    CREATE TABLE [DataProtectionKeys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_DataProtectionKeys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261125205456_DataProtectionKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261125205456_DataProtectionKeys', N'10.0.12');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025034_NameKeys'
)
BEGIN
    ALTER TABLE [Topics] ADD [NameKey] nvarchar(300) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025034_NameKeys'
)
BEGIN
    ALTER TABLE [Speakers] ADD [AliasKeys] nvarchar(1202) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025034_NameKeys'
)
BEGIN
    ALTER TABLE [Speakers] ADD [NameKey] nvarchar(600) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025034_NameKeys'
)
BEGIN
    ALTER TABLE [AnnotationTags] ADD [NameKey] nvarchar(150) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025034_NameKeys'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Topics_NameKey] ON [Topics] ([NameKey]) WHERE [NameKey] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025034_NameKeys'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_Speakers_NameKey] ON [Speakers] ([NameKey]) WHERE [NameKey] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025034_NameKeys'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_AnnotationTags_NameKey] ON [AnnotationTags] ([NameKey]) WHERE [NameKey] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025034_NameKeys'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202025034_NameKeys', N'10.0.12');
END;

COMMIT;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025206_SearchEverything'
)
BEGIN
    IF EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'dbo.Statements')) DROP FULLTEXT INDEX ON dbo.Statements;
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025206_SearchEverything'
)
BEGIN
    CREATE TABLE dbo.StatementSearchDocuments (
        StatementId int NOT NULL CONSTRAINT PK_StatementSearchDocuments PRIMARY KEY,
        Quote nvarchar(4000) NOT NULL,
        Speakers nvarchar(max) NULL,
        Topics nvarchar(max) NULL,
        Context nvarchar(2000) NULL,
        Everything nvarchar(max) NOT NULL);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025206_SearchEverything'
)
BEGIN
    EXEC(N'CREATE VIEW dbo.StatementSearchSource AS
    SELECT s.Id, s.Quote,
           CONCAT_WS(N'' ; '', sp.Name, sp.Aliases, ob.Name, ob.Aliases) AS Speakers,
           (SELECT STRING_AGG(t.Name, N'' ; '') FROM dbo.StatementTopics AS st
                JOIN dbo.Topics AS t ON t.Id = st.TopicsId WHERE st.StatementsId = s.Id) AS Topics,
           s.Context
    FROM dbo.Statements AS s
    JOIN dbo.Speakers AS sp ON sp.Id = s.SpeakerId
    LEFT JOIN dbo.Speakers AS ob ON ob.Id = s.OnBehalfOfId');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025206_SearchEverything'
)
BEGIN
    EXEC(N'CREATE TRIGGER dbo.StatementSearch_Statements ON dbo.Statements AFTER INSERT, UPDATE, DELETE AS
    BEGIN
        SET NOCOUNT ON;
        DECLARE @ids TABLE (Id int PRIMARY KEY);
        INSERT INTO @ids (Id) SELECT Id FROM inserted UNION SELECT Id FROM deleted;
        DELETE d FROM dbo.StatementSearchDocuments AS d WHERE d.StatementId IN (SELECT Id FROM @ids);
        INSERT INTO dbo.StatementSearchDocuments (StatementId, Quote, Speakers, Topics, Context, Everything)
            SELECT v.Id, v.Quote, v.Speakers, v.Topics, v.Context,
                   CONCAT_WS(N'' ; '', v.Quote, v.Speakers, v.Topics, v.Context)
            FROM dbo.StatementSearchSource AS v WHERE v.Id IN (SELECT Id FROM @ids);
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025206_SearchEverything'
)
BEGIN
    EXEC(N'CREATE TRIGGER dbo.StatementSearch_Speakers ON dbo.Speakers AFTER UPDATE AS
    BEGIN
        SET NOCOUNT ON;
        DECLARE @ids TABLE (Id int PRIMARY KEY);
        INSERT INTO @ids (Id) SELECT s.Id FROM dbo.Statements AS s JOIN inserted AS i ON i.Id = s.SpeakerId UNION SELECT s.Id FROM dbo.Statements AS s JOIN inserted AS i ON i.Id = s.OnBehalfOfId;
        DELETE d FROM dbo.StatementSearchDocuments AS d WHERE d.StatementId IN (SELECT Id FROM @ids);
        INSERT INTO dbo.StatementSearchDocuments (StatementId, Quote, Speakers, Topics, Context, Everything)
            SELECT v.Id, v.Quote, v.Speakers, v.Topics, v.Context,
                   CONCAT_WS(N'' ; '', v.Quote, v.Speakers, v.Topics, v.Context)
            FROM dbo.StatementSearchSource AS v WHERE v.Id IN (SELECT Id FROM @ids);
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025206_SearchEverything'
)
BEGIN
    EXEC(N'CREATE TRIGGER dbo.StatementSearch_Topics ON dbo.Topics AFTER UPDATE AS
    BEGIN
        SET NOCOUNT ON;
        DECLARE @ids TABLE (Id int PRIMARY KEY);
        INSERT INTO @ids (Id) SELECT DISTINCT st.StatementsId FROM dbo.StatementTopics AS st JOIN inserted AS i ON i.Id = st.TopicsId;
        DELETE d FROM dbo.StatementSearchDocuments AS d WHERE d.StatementId IN (SELECT Id FROM @ids);
        INSERT INTO dbo.StatementSearchDocuments (StatementId, Quote, Speakers, Topics, Context, Everything)
            SELECT v.Id, v.Quote, v.Speakers, v.Topics, v.Context,
                   CONCAT_WS(N'' ; '', v.Quote, v.Speakers, v.Topics, v.Context)
            FROM dbo.StatementSearchSource AS v WHERE v.Id IN (SELECT Id FROM @ids);
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025206_SearchEverything'
)
BEGIN
    EXEC(N'CREATE TRIGGER dbo.StatementSearch_StatementTopics ON dbo.StatementTopics AFTER INSERT, DELETE AS
    BEGIN
        SET NOCOUNT ON;
        DECLARE @ids TABLE (Id int PRIMARY KEY);
        INSERT INTO @ids (Id) SELECT StatementsId FROM inserted UNION SELECT StatementsId FROM deleted;
        DELETE d FROM dbo.StatementSearchDocuments AS d WHERE d.StatementId IN (SELECT Id FROM @ids);
        INSERT INTO dbo.StatementSearchDocuments (StatementId, Quote, Speakers, Topics, Context, Everything)
            SELECT v.Id, v.Quote, v.Speakers, v.Topics, v.Context,
                   CONCAT_WS(N'' ; '', v.Quote, v.Speakers, v.Topics, v.Context)
            FROM dbo.StatementSearchSource AS v WHERE v.Id IN (SELECT Id FROM @ids);
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025206_SearchEverything'
)
BEGIN
    INSERT INTO dbo.StatementSearchDocuments (StatementId, Quote, Speakers, Topics, Context, Everything)
        SELECT v.Id, v.Quote, v.Speakers, v.Topics, v.Context, CONCAT_WS(N' ; ', v.Quote, v.Speakers, v.Topics, v.Context)
        FROM dbo.StatementSearchSource AS v;
END;

COMMIT;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025206_SearchEverything'
)
BEGIN
    IF NOT EXISTS (SELECT 1 FROM sys.fulltext_catalogs WHERE name = N'ClaimTrackerCatalog') CREATE FULLTEXT CATALOG ClaimTrackerCatalog;
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025206_SearchEverything'
)
BEGIN
    IF NOT EXISTS (SELECT 1 FROM sys.fulltext_indexes WHERE object_id = OBJECT_ID(N'dbo.StatementSearchDocuments')) CREATE FULLTEXT INDEX ON dbo.StatementSearchDocuments (Quote LANGUAGE 1033, Speakers LANGUAGE 1033, Topics LANGUAGE 1033, Context LANGUAGE 1033, Everything LANGUAGE 1033) KEY INDEX PK_StatementSearchDocuments ON ClaimTrackerCatalog WITH CHANGE_TRACKING AUTO;
END;
GO

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025206_SearchEverything'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202025206_SearchEverything', N'10.0.12');
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    ALTER TABLE [Reviews] ADD [PublishedOnBehalfOfName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    ALTER TABLE [Reviews] ADD [PublishedQuote] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    ALTER TABLE [Reviews] ADD [PublishedQuoteKind] nvarchar(32) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    ALTER TABLE [Reviews] ADD [PublishedSaidOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    ALTER TABLE [Reviews] ADD [PublishedSaidOnPrecision] nvarchar(32) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    ALTER TABLE [Reviews] ADD [PublishedSourceHeadline] nvarchar(500) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    ALTER TABLE [Reviews] ADD [PublishedSourceOutlet] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    ALTER TABLE [Reviews] ADD [PublishedSourceUrl] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    ALTER TABLE [Reviews] ADD [PublishedSpeakerName] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    ALTER TABLE [Reviews] ADD [PublishedSpeakerRole] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    ALTER TABLE [Reviews] ADD [PublishedVenue] nvarchar(300) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    ALTER TABLE [Evidence] ADD [CitedQuote] nvarchar(4000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    ALTER TABLE [Evidence] ADD [CitedQuoteKind] nvarchar(32) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    ALTER TABLE [Evidence] ADD [CitedSpeaker] nvarchar(200) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    CREATE TABLE [SpeakerMerges] (
        [Id] int NOT NULL,
        [MergedName] nvarchar(200) NOT NULL,
        [KeptSpeakerId] int NOT NULL,
        [MergedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_SpeakerMerges] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_SpeakerMerges_Speakers_KeptSpeakerId] FOREIGN KEY ([KeptSpeakerId]) REFERENCES [Speakers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    CREATE INDEX [IX_SpeakerMerges_KeptSpeakerId] ON [SpeakerMerges] ([KeptSpeakerId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    UPDATE v SET
        v.[PublishedQuote] = s.[Quote], v.[PublishedQuoteKind] = s.[QuoteKind], v.[PublishedSpeakerName] = p.[Name],
        v.[PublishedSpeakerRole] = COALESCE(s.[SpeakerRole], (SELECT TOP (1) r.[Title] FROM [SpeakerRoles] r
            WHERE r.[SpeakerId] = s.[SpeakerId] AND (r.[From] IS NULL OR r.[From] <= s.[SaidOn]) AND (r.[To] IS NULL OR s.[SaidOn] < r.[To])
            ORDER BY r.[From] DESC)),
        v.[PublishedOnBehalfOfName] = b.[Name], v.[PublishedSaidOn] = s.[SaidOn], v.[PublishedSaidOnPrecision] = s.[SaidOnPrecision],
        v.[PublishedVenue] = s.[Venue], v.[PublishedSourceOutlet] = o.[Outlet], v.[PublishedSourceHeadline] = o.[Headline],
        v.[PublishedSourceUrl] = o.[Url]
    FROM [Reviews] v
    JOIN [Statements] s ON s.[Id] = v.[StatementId]
    JOIN [Speakers] p ON p.[Id] = s.[SpeakerId]
    JOIN [Sources] o ON o.[Id] = s.[SourceId]
    LEFT JOIN [Speakers] b ON b.[Id] = s.[OnBehalfOfId]
    WHERE v.[Status] = N'Published';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    UPDATE e SET e.[CitedQuote] = s.[Quote], e.[CitedQuoteKind] = s.[QuoteKind], e.[CitedSpeaker] = p.[Name]
    FROM [Evidence] e
    JOIN [Reviews] v ON v.[Id] = e.[ReviewId]
    JOIN [Statements] s ON s.[Id] = e.[StatementId]
    JOIN [Speakers] p ON p.[Id] = s.[SpeakerId]
    WHERE v.[Status] = N'Published';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202025725_PublishedSnapshot'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202025725_PublishedSnapshot', N'10.0.12');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070636_Publishers'
)
BEGIN
    CREATE TABLE [Publishers] (
        [Id] int NOT NULL IDENTITY,
        [Name] nvarchar(200) NOT NULL,
        [NameKey] nvarchar(600) NOT NULL,
        [Site] nvarchar(2000) NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_Publishers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070636_Publishers'
)
BEGIN
    CREATE TABLE [OutsideReviews] (
        [Id] int NOT NULL IDENTITY,
        [StatementId] int NOT NULL,
        [PublisherId] int NOT NULL,
        [Label] nvarchar(200) NOT NULL,
        [Rating] nvarchar(32) NULL,
        [Url] nvarchar(2000) NULL,
        [Title] nvarchar(500) NULL,
        [ReviewedOn] date NULL,
        [LanguageCode] nvarchar(35) NULL,
        [ImportBatchId] int NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_OutsideReviews] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_OutsideReviews_Publishers_PublisherId] FOREIGN KEY ([PublisherId]) REFERENCES [Publishers] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_OutsideReviews_Statements_StatementId] FOREIGN KEY ([StatementId]) REFERENCES [Statements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070636_Publishers'
)
BEGIN
    CREATE TABLE [RatingLabels] (
        [Id] int NOT NULL IDENTITY,
        [PublisherId] int NOT NULL,
        [Label] nvarchar(200) NOT NULL,
        [LabelKey] nvarchar(600) NOT NULL,
        [Rating] nvarchar(32) NOT NULL,
        CONSTRAINT [PK_RatingLabels] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_RatingLabels_Publishers_PublisherId] FOREIGN KEY ([PublisherId]) REFERENCES [Publishers] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070636_Publishers'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'CreatedAtUtc', N'CreatedBy', N'Name', N'NameKey', N'Site', N'UpdatedAtUtc', N'UpdatedBy') AND [object_id] = OBJECT_ID(N'[Publishers]'))
        SET IDENTITY_INSERT [Publishers] ON;
    EXEC(N'INSERT INTO [Publishers] ([Id], [CreatedAtUtc], [CreatedBy], [Name], [NameKey], [Site], [UpdatedAtUtc], [UpdatedBy])
    VALUES (1, ''2026-12-02T00:00:00.0000000Z'', NULL, N''PolitiFact'', N''politifact'', N''https://www.politifact.com/'', NULL, NULL)');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'CreatedAtUtc', N'CreatedBy', N'Name', N'NameKey', N'Site', N'UpdatedAtUtc', N'UpdatedBy') AND [object_id] = OBJECT_ID(N'[Publishers]'))
        SET IDENTITY_INSERT [Publishers] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070636_Publishers'
)
BEGIN
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Label', N'LabelKey', N'PublisherId', N'Rating') AND [object_id] = OBJECT_ID(N'[RatingLabels]'))
        SET IDENTITY_INSERT [RatingLabels] ON;
    EXEC(N'INSERT INTO [RatingLabels] ([Id], [Label], [LabelKey], [PublisherId], [Rating])
    VALUES (1, N''true'', N''true'', 1, N''True''),
    (2, N''mostly-true'', N''mostly-true'', 1, N''MostlyTrue''),
    (3, N''half-true'', N''half-true'', 1, N''HalfTrue''),
    (4, N''barely-true'', N''barely-true'', 1, N''MostlyFalse''),
    (5, N''false'', N''false'', 1, N''False''),
    (6, N''pants-fire'', N''pants-fire'', 1, N''False''),
    (7, N''mostly-false'', N''mostly-false'', 1, N''MostlyFalse''),
    (8, N''pants-on-fire'', N''pants-on-fire'', 1, N''False'')');
    IF EXISTS (SELECT * FROM [sys].[identity_columns] WHERE [name] IN (N'Id', N'Label', N'LabelKey', N'PublisherId', N'Rating') AND [object_id] = OBJECT_ID(N'[RatingLabels]'))
        SET IDENTITY_INSERT [RatingLabels] OFF;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070636_Publishers'
)
BEGIN
    CREATE INDEX [IX_OutsideReviews_ImportBatchId] ON [OutsideReviews] ([ImportBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070636_Publishers'
)
BEGIN
    CREATE INDEX [IX_OutsideReviews_PublisherId_Label] ON [OutsideReviews] ([PublisherId], [Label]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070636_Publishers'
)
BEGIN
    CREATE INDEX [IX_OutsideReviews_StatementId_PublisherId] ON [OutsideReviews] ([StatementId], [PublisherId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070636_Publishers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_Publishers_NameKey] ON [Publishers] ([NameKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070636_Publishers'
)
BEGIN
    CREATE UNIQUE INDEX [IX_RatingLabels_PublisherId_LabelKey] ON [RatingLabels] ([PublisherId], [LabelKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202070636_Publishers'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202070636_Publishers', N'10.0.12');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202071145_ListPerformance'
)
BEGIN
    DROP INDEX [IX_Statements_OnBehalfOfId] ON [Statements];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202071145_ListPerformance'
)
BEGIN
    CREATE INDEX [IX_Statements_OnBehalfOfId_SaidOn_Id] ON [Statements] ([OnBehalfOfId], [SaidOn], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202071145_ListPerformance'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202071145_ListPerformance', N'10.0.12');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202071458_StatsReadModel'
)
BEGIN
    CREATE TABLE [StatsDeskDays] (
        [Day] date NOT NULL,
        [Kind] int NOT NULL,
        [Member] nvarchar(256) NOT NULL,
        [Rating] int NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_StatsDeskDays] PRIMARY KEY ([Day], [Kind], [Member], [Rating])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202071458_StatsReadModel'
)
BEGIN
    CREATE TABLE [StatsSpeakerLinks] (
        [SpeakerId] int NOT NULL,
        [Month] int NOT NULL,
        [Category] int NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_StatsSpeakerLinks] PRIMARY KEY ([SpeakerId], [Month], [Category])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202071458_StatsReadModel'
)
BEGIN
    CREATE TABLE [StatsSpeakerRebutters] (
        [SpeakerId] int NOT NULL,
        [RebutterId] int NOT NULL,
        [Month] int NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_StatsSpeakerRebutters] PRIMARY KEY ([SpeakerId], [RebutterId], [Month])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202071458_StatsReadModel'
)
BEGIN
    CREATE TABLE [StatsSpeakerTopics] (
        [SpeakerId] int NOT NULL,
        [TopicId] int NOT NULL,
        [Month] int NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_StatsSpeakerTopics] PRIMARY KEY ([SpeakerId], [TopicId], [Month])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202071458_StatsReadModel'
)
BEGIN
    CREATE TABLE [StatsSpeakerVerdicts] (
        [SpeakerId] int NOT NULL,
        [PublisherId] int NOT NULL,
        [Month] int NOT NULL,
        [Bucket] int NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_StatsSpeakerVerdicts] PRIMARY KEY ([SpeakerId], [PublisherId], [Month], [Bucket])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202071458_StatsReadModel'
)
BEGIN
    CREATE TABLE [StatsTopicDays] (
        [TopicId] int NOT NULL,
        [Day] date NOT NULL,
        [Count] int NOT NULL,
        CONSTRAINT [PK_StatsTopicDays] PRIMARY KEY ([Day], [TopicId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202071458_StatsReadModel'
)
BEGIN
    CREATE INDEX [IX_StatsTopicDays_TopicId_Day_Count] ON [StatsTopicDays] ([TopicId], [Day], [Count]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202071458_StatsReadModel'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202071458_StatsReadModel', N'10.0.12');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    ALTER TABLE [Topics] ADD [ImportBatchId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    ALTER TABLE [Statements] ADD [ImportBatchId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    ALTER TABLE [Statements] ADD [ImportFingerprint] varchar(32) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    ALTER TABLE [Statements] ADD [ImportKey] varchar(64) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    ALTER TABLE [Speakers] ADD [ImportBatchId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    ALTER TABLE [Sources] ADD [ImportBatchId] int NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    CREATE TABLE [ImportBatches] (
        [Id] int NOT NULL IDENTITY,
        [Format] nvarchar(32) NOT NULL,
        [FileNames] nvarchar(1000) NOT NULL,
        [Status] nvarchar(32) NOT NULL,
        [StartedByName] nvarchar(256) NULL,
        [StartedAtUtc] datetime2 NOT NULL,
        [FinishedAtUtc] datetime2 NULL,
        [Created] int NOT NULL,
        [Updated] int NOT NULL,
        [Unchanged] int NOT NULL,
        [Rejected] int NOT NULL,
        [RowsDone] int NOT NULL,
        [ReachedLine] nvarchar(300) NULL,
        [Message] nvarchar(2000) NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(256) NULL,
        [UpdatedAtUtc] datetime2 NULL,
        [UpdatedBy] nvarchar(256) NULL,
        CONSTRAINT [PK_ImportBatches] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    CREATE TABLE [ImportRejections] (
        [Id] bigint NOT NULL IDENTITY,
        [ImportBatchId] int NOT NULL,
        [FileName] nvarchar(260) NOT NULL,
        [LineNumber] int NOT NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [Excerpt] nvarchar(300) NOT NULL,
        CONSTRAINT [PK_ImportRejections] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ImportRejections_ImportBatches_ImportBatchId] FOREIGN KEY ([ImportBatchId]) REFERENCES [ImportBatches] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    CREATE TABLE [ImportReverts] (
        [Id] bigint NOT NULL IDENTITY,
        [ImportBatchId] int NOT NULL,
        [StatementId] int NOT NULL,
        [Previous] nvarchar(max) NOT NULL,
        CONSTRAINT [PK_ImportReverts] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ImportReverts_ImportBatches_ImportBatchId] FOREIGN KEY ([ImportBatchId]) REFERENCES [ImportBatches] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    CREATE INDEX [IX_Topics_ImportBatchId] ON [Topics] ([ImportBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    CREATE INDEX [IX_Statements_ImportBatchId] ON [Statements] ([ImportBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    CREATE INDEX [IX_Statements_ImportKey] ON [Statements] ([ImportKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    CREATE INDEX [IX_Speakers_ImportBatchId] ON [Speakers] ([ImportBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    CREATE INDEX [IX_Sources_ImportBatchId] ON [Sources] ([ImportBatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    CREATE INDEX [IX_ImportBatches_StartedAtUtc] ON [ImportBatches] ([StartedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    CREATE INDEX [IX_ImportRejections_ImportBatchId_Id] ON [ImportRejections] ([ImportBatchId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    CREATE INDEX [IX_ImportReverts_ImportBatchId_StatementId] ON [ImportReverts] ([ImportBatchId], [StatementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202083809_Imports'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202083809_Imports', N'10.0.12');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202084010_ArticleIntake'
)
BEGIN
    ALTER TABLE [Sources] ADD [ArticleText] nvarchar(max) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202084010_ArticleIntake'
)
BEGIN
    CREATE TABLE [ArticleAnchors] (
        [Id] int NOT NULL IDENTITY,
        [StatementId] int NOT NULL,
        [SourceId] int NOT NULL,
        [Exact] nvarchar(4000) NOT NULL,
        [Prefix] nvarchar(64) NOT NULL,
        [Suffix] nvarchar(64) NOT NULL,
        [Start] int NOT NULL,
        [End] int NOT NULL,
        CONSTRAINT [PK_ArticleAnchors] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_ArticleAnchors_Sources_SourceId] FOREIGN KEY ([SourceId]) REFERENCES [Sources] ([Id]),
        CONSTRAINT [FK_ArticleAnchors_Statements_StatementId] FOREIGN KEY ([StatementId]) REFERENCES [Statements] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202084010_ArticleIntake'
)
BEGIN
    CREATE INDEX [IX_ArticleAnchors_SourceId_Start_End] ON [ArticleAnchors] ([SourceId], [Start], [End]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202084010_ArticleIntake'
)
BEGIN
    CREATE UNIQUE INDEX [IX_ArticleAnchors_StatementId] ON [ArticleAnchors] ([StatementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202084010_ArticleIntake'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202084010_ArticleIntake', N'10.0.12');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150046_SpeakerReferenceUrl'
)
BEGIN
    ALTER TABLE [Speakers] ADD [ReferenceUrl] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150046_SpeakerReferenceUrl'
)
BEGIN
    ALTER TABLE [Reviews] ADD [PublishedSpeakerReferenceUrl] nvarchar(2000) NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261202150046_SpeakerReferenceUrl'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261202150046_SpeakerReferenceUrl', N'10.0.12');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203071524_PublishedListIndex'
)
BEGIN
    CREATE INDEX [IX_Reviews_Status_PublishedAtUtc_Id] ON [Reviews] ([Status], [PublishedAtUtc], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203071524_PublishedListIndex'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203071524_PublishedListIndex', N'10.0.12');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203104335_TopicTagDates'
)
BEGIN
    DROP INDEX [IX_StatementTopics_TopicsId] ON [StatementTopics];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203104335_TopicTagDates'
)
BEGIN
    ALTER TABLE [StatementTopics] ADD [StatementSaidOn] date NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203104335_TopicTagDates'
)
BEGIN
    EXEC(N'UPDATE t SET t.StatementSaidOn = s.SaidOn
    FROM dbo.StatementTopics AS t JOIN dbo.Statements AS s ON s.Id = t.StatementsId;');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203104335_TopicTagDates'
)
BEGIN
    EXEC(N'CREATE TRIGGER dbo.StatementTopics_SaidOn ON dbo.StatementTopics AFTER INSERT, UPDATE AS
    BEGIN
        SET NOCOUNT ON;
        UPDATE t SET t.StatementSaidOn = s.SaidOn
        FROM dbo.StatementTopics AS t
        JOIN inserted AS i ON i.StatementsId = t.StatementsId AND i.TopicsId = t.TopicsId
        JOIN dbo.Statements AS s ON s.Id = t.StatementsId
        WHERE t.StatementSaidOn IS NULL OR t.StatementSaidOn <> s.SaidOn;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203104335_TopicTagDates'
)
BEGIN
    EXEC(N'CREATE TRIGGER dbo.Statements_TopicTagDates ON dbo.Statements AFTER UPDATE AS
    BEGIN
        SET NOCOUNT ON;
        IF UPDATE(SaidOn)
            UPDATE t SET t.StatementSaidOn = i.SaidOn
            FROM dbo.StatementTopics AS t JOIN inserted AS i ON i.Id = t.StatementsId
            WHERE t.StatementSaidOn IS NULL OR t.StatementSaidOn <> i.SaidOn;
    END');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203104335_TopicTagDates'
)
BEGIN
    CREATE INDEX [IX_StatementTopics_TopicsId_StatementSaidOn_StatementsId] ON [StatementTopics] ([TopicsId], [StatementSaidOn], [StatementsId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261203104335_TopicTagDates'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261203104335_TopicTagDates', N'10.0.12');
END;

COMMIT;
GO
