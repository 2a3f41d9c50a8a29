ALTER TABLE `studies` ADD `retention_until` text;--> statement-breakpoint
ALTER TABLE `studies` ADD `info_letter` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `studies` ADD `contact` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `studies` ADD `ethics_ref` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `studies` ADD `deleting_at` integer;--> statement-breakpoint
ALTER TABLE `panellists` ADD `consented_at` integer;--> statement-breakpoint
ALTER TABLE `panellists` ADD `withdrawn_at` integer;--> statement-breakpoint
ALTER TABLE `panellists` ADD `erased_at` integer;--> statement-breakpoint
ALTER TABLE `rounds` ADD `invitation_template` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `rounds` ADD `grace_hours` integer DEFAULT 0 NOT NULL;