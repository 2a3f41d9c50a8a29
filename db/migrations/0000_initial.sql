CREATE TABLE `login_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`ip` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_failures_key_idx` ON `login_failures` (`email`,`ip`,`at`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `setup_tokens` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`used_at` integer
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`lang` text DEFAULT 'nl' NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`user_id` integer,
	`at` integer NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`summary` text DEFAULT '' NOT NULL,
	`before` text,
	`after` text,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_study_idx` ON `audit_log` (`study_id`,`at`);--> statement-breakpoint
CREATE TABLE `studies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`lang` text DEFAULT 'nl' NOT NULL,
	`phases` text NOT NULL,
	`importance_scale` text NOT NULL,
	`frequency_scale` text NOT NULL,
	`known_names` text DEFAULT '[]' NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`archived_at` integer,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `study_members` (
	`study_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`role` text NOT NULL,
	`added_at` integer NOT NULL,
	PRIMARY KEY(`study_id`, `user_id`),
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `study_members_user_idx` ON `study_members` (`user_id`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`title` text NOT NULL,
	`source_type` text NOT NULL,
	`practitioner` text DEFAULT '' NOT NULL,
	`phase_tags` text DEFAULT '[]' NOT NULL,
	`case_date` text,
	`text` text NOT NULL,
	`word_count` integer NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cases_study_idx` ON `cases` (`study_id`);--> statement-breakpoint
CREATE TABLE `clusters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`parent_id` integer,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `clusters_study_idx` ON `clusters` (`study_id`,`parent_id`,`position`);--> statement-breakpoint
CREATE TABLE `item_evidence` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`case_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`case_id`) REFERENCES `cases`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `item_evidence_item_idx` ON `item_evidence` (`item_id`);--> statement-breakpoint
CREATE INDEX `item_evidence_case_idx` ON `item_evidence` (`case_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `item_evidence_span_idx` ON `item_evidence` (`item_id`,`case_id`,`start`,`end`);--> statement-breakpoint
CREATE TABLE `item_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`item_id` integer NOT NULL,
	`version` integer NOT NULL,
	`action` text NOT NULL,
	`text` text NOT NULL,
	`cluster_id` integer,
	`cluster_label` text,
	`phase_id` text,
	`status` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`round_id` integer,
	`user_id` integer,
	`at` integer NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `item_versions_item_version_idx` ON `item_versions` (`item_id`,`version`);--> statement-breakpoint
CREATE TABLE `items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`cluster_id` integer,
	`phase_id` text,
	`text` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`merged_into` integer,
	`origin` text DEFAULT 'extracted' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cluster_id`) REFERENCES `clusters`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`merged_into`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `items_study_idx` ON `items` (`study_id`,`status`);--> statement-breakpoint
CREATE INDEX `items_cluster_idx` ON `items` (`cluster_id`);--> statement-breakpoint
CREATE TABLE `suggestions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`kind` text NOT NULL,
	`item_id` integer,
	`text` text NOT NULL,
	`phase_id` text,
	`evidence` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `suggestions_study_idx` ON `suggestions` (`study_id`,`status`);--> statement-breakpoint
CREATE TABLE `panellists` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`pseudonym` text NOT NULL,
	`name` text NOT NULL,
	`email` text,
	`organisation` text DEFAULT '' NOT NULL,
	`role` text DEFAULT '' NOT NULL,
	`stakeholder_group` text DEFAULT '' NOT NULL,
	`token_salt` text NOT NULL,
	`token_hash` text NOT NULL,
	`revoked_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `panellists_token_idx` ON `panellists` (`token_hash`);--> statement-breakpoint
CREATE UNIQUE INDEX `panellists_pseudonym_idx` ON `panellists` (`study_id`,`pseudonym`);--> statement-breakpoint
CREATE INDEX `panellists_study_idx` ON `panellists` (`study_id`);--> statement-breakpoint
CREATE TABLE `coverage_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`round_cluster_id` integer NOT NULL,
	`panellist_id` integer NOT NULL,
	`verdict` text,
	`missing` text DEFAULT '' NOT NULL,
	`late` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`round_cluster_id`) REFERENCES `round_clusters`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`panellist_id`) REFERENCES `panellists`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `coverage_answers_idx` ON `coverage_answers` (`round_cluster_id`,`panellist_id`);--> statement-breakpoint
CREATE TABLE `member_check_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`member_check_id` integer NOT NULL,
	`panellist_id` integer NOT NULL,
	`agrees` integer NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`member_check_id`) REFERENCES `member_checks`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`panellist_id`) REFERENCES `panellists`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `member_check_responses_idx` ON `member_check_responses` (`member_check_id`,`panellist_id`);--> statement-breakpoint
CREATE TABLE `member_checks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`summary` text NOT NULL,
	`published_at` integer NOT NULL,
	`published_by` integer,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `participations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`panellist_id` integer NOT NULL,
	`invited_at` integer NOT NULL,
	`started_at` integer,
	`completed_at` integer,
	`last_reminder_at` integer,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`panellist_id`) REFERENCES `panellists`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `participations_idx` ON `participations` (`round_id`,`panellist_id`);--> statement-breakpoint
CREATE TABLE `proposed_activities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`panellist_id` integer NOT NULL,
	`round_cluster_id` integer,
	`phase_id` text,
	`text` text NOT NULL,
	`late` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	`processed_at` integer,
	`processed_by` integer,
	`outcome` text,
	`outcome_reason` text DEFAULT '' NOT NULL,
	`result_item_id` integer,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`panellist_id`) REFERENCES `panellists`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`round_cluster_id`) REFERENCES `round_clusters`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`processed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `proposed_activities_round_idx` ON `proposed_activities` (`round_id`);--> statement-breakpoint
CREATE TABLE `rating_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`round_item_id` integer NOT NULL,
	`panellist_id` integer NOT NULL,
	`importance` integer,
	`importance_cannot_judge` integer DEFAULT false NOT NULL,
	`frequency` integer,
	`frequency_cannot_judge` integer DEFAULT false NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`dissent` integer DEFAULT false NOT NULL,
	`dissent_reason` text DEFAULT '' NOT NULL,
	`late` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`round_item_id`) REFERENCES `round_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`panellist_id`) REFERENCES `panellists`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rating_answers_idx` ON `rating_answers` (`round_item_id`,`panellist_id`);--> statement-breakpoint
CREATE INDEX `rating_answers_round_idx` ON `rating_answers` (`round_id`);--> statement-breakpoint
CREATE TABLE `reminders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`panellist_id` integer NOT NULL,
	`channel` text NOT NULL,
	`sent_at` integer NOT NULL,
	`error` text,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`panellist_id`) REFERENCES `panellists`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `review_answers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`round_item_id` integer NOT NULL,
	`panellist_id` integer NOT NULL,
	`verdict` text,
	`proposal` text DEFAULT '' NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`relevance` integer,
	`late` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL,
	`processed_at` integer,
	`processed_by` integer,
	`outcome` text,
	`outcome_reason` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`round_item_id`) REFERENCES `round_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`panellist_id`) REFERENCES `panellists`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`processed_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_answers_idx` ON `review_answers` (`round_item_id`,`panellist_id`);--> statement-breakpoint
CREATE TABLE `round_clusters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`cluster_id` integer,
	`position` integer NOT NULL,
	`number` text NOT NULL,
	`label` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `round_clusters_round_idx` ON `round_clusters` (`round_id`,`position`);--> statement-breakpoint
CREATE TABLE `round_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`ref_kind` text DEFAULT 'item' NOT NULL,
	`ref_id` integer NOT NULL,
	`ref_version` integer NOT NULL,
	`position` integer NOT NULL,
	`number` text NOT NULL,
	`text` text NOT NULL,
	`phase_id` text,
	`cluster_number` text DEFAULT '' NOT NULL,
	`cluster_label` text DEFAULT '' NOT NULL,
	`sub_aspect_number` text,
	`sub_aspect_label` text,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `round_items_round_idx` ON `round_items` (`round_id`,`position`);--> statement-breakpoint
CREATE TABLE `rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`number` integer NOT NULL,
	`kind` text NOT NULL,
	`subject` text DEFAULT 'items' NOT NULL,
	`standard_version_id` integer,
	`title` text NOT NULL,
	`instructions` text DEFAULT '' NOT NULL,
	`opens_at` text,
	`closes_at` text,
	`status` text DEFAULT 'draft' NOT NULL,
	`opened_at` integer,
	`closed_at` integer,
	`ask_relevance` integer DEFAULT false NOT NULL,
	`reminder_template` text DEFAULT '' NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `rounds_number_idx` ON `rounds` (`study_id`,`number`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`round_item_id` integer NOT NULL,
	`computed` text NOT NULL,
	`protocol_id` integer,
	`override` text,
	`override_reason` text,
	`override_by` integer,
	`override_at` integer,
	`computed_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`round_item_id`) REFERENCES `round_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`protocol_id`) REFERENCES `protocols`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`override_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decisions_item_idx` ON `decisions` (`round_item_id`);--> statement-breakpoint
CREATE TABLE `protocols` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`config` text NOT NULL,
	`max_rounds` integer DEFAULT 3 NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `protocols_study_idx` ON `protocols` (`study_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `standard_clusters` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`parent_id` integer,
	`position` integer NOT NULL,
	`label` text NOT NULL,
	`lineage` text NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `standard_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `standard_clusters`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `standard_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version_id` integer NOT NULL,
	`cluster_id` integer,
	`lineage` text NOT NULL,
	`source_item_id` integer,
	`position` integer NOT NULL,
	`text` text NOT NULL,
	`phase_id` text,
	`criterion` text DEFAULT '' NOT NULL,
	`norm_percentage` integer,
	`norm_unit` text DEFAULT 'dossiers' NOT NULL,
	`evidence_source` text DEFAULT 'dossier' NOT NULL,
	`rubric_levels` text DEFAULT '[]' NOT NULL,
	`explanation` text DEFAULT '' NOT NULL,
	`importance_median` real,
	`frequency_median` real,
	`criticality` real,
	`criticality_class` text,
	FOREIGN KEY (`version_id`) REFERENCES `standard_versions`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`cluster_id`) REFERENCES `standard_clusters`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `standard_items_version_idx` ON `standard_items` (`version_id`,`position`);--> statement-breakpoint
CREATE TABLE `standard_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`number` integer NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`based_on_id` integer,
	`note` text DEFAULT '' NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`adopted_by` integer,
	`adopted_at` integer,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`based_on_id`) REFERENCES `standard_versions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`adopted_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `standard_versions_study_idx` ON `standard_versions` (`study_id`,`number`);