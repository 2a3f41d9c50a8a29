ALTER TABLE `standard_items` ADD `no_norm` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `standard_versions` ADD `adoption_confirmed` text;--> statement-breakpoint
ALTER TABLE `standard_versions` ADD `handbook_records` text;