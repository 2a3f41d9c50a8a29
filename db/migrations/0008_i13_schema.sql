CREATE TABLE `improvement_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`item_lineage` text,
	`action` text NOT NULL,
	`owner` text NOT NULL,
	`due_on` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`follow_up` text DEFAULT '' NOT NULL,
	`followed_up_in_round_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `review_rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `improvement_actions_round_idx` ON `improvement_actions` (`round_id`);--> statement-breakpoint
CREATE TABLE `review_assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`reviewer_id` integer NOT NULL,
	`practitioner_id` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `review_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `review_members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`practitioner_id`) REFERENCES `review_members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_assignments_pair_idx` ON `review_assignments` (`round_id`,`reviewer_id`,`practitioner_id`);--> statement-breakpoint
CREATE TABLE `review_dossiers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`practitioner_id` integer NOT NULL,
	`code` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `review_rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`practitioner_id`) REFERENCES `review_members`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_dossiers_code_idx` ON `review_dossiers` (`round_id`,`practitioner_id`,`code`);--> statement-breakpoint
CREATE TABLE `review_members` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`pseudonym` text NOT NULL,
	`name` text NOT NULL,
	`token_salt` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `review_rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_members_token_idx` ON `review_members` (`token_hash`);--> statement-breakpoint
CREATE INDEX `review_members_round_idx` ON `review_members` (`round_id`);--> statement-breakpoint
CREATE TABLE `review_rounds` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`study_id` integer NOT NULL,
	`version_id` integer NOT NULL,
	`number` integer NOT NULL,
	`title` text NOT NULL,
	`starts_on` text,
	`ends_on` text,
	`cluster_ids` text DEFAULT '[]' NOT NULL,
	`sample_size` integer DEFAULT 3 NOT NULL,
	`mode` text DEFAULT 'rotating' NOT NULL,
	`reviewers_per_practitioner` integer DEFAULT 1 NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` integer NOT NULL,
	`closed_at` integer,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`version_id`) REFERENCES `standard_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_rounds_number_idx` ON `review_rounds` (`study_id`,`number`);--> statement-breakpoint
CREATE TABLE `review_scores` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`dossier_id` integer NOT NULL,
	`reviewer_id` integer NOT NULL,
	`item_id` integer NOT NULL,
	`score` text,
	`note` text DEFAULT '' NOT NULL,
	`via_paper` integer DEFAULT false NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`dossier_id`) REFERENCES `review_dossiers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reviewer_id`) REFERENCES `review_members`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`item_id`) REFERENCES `standard_items`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `review_scores_key_idx` ON `review_scores` (`dossier_id`,`reviewer_id`,`item_id`);