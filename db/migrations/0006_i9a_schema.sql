ALTER TABLE `item_versions` ADD `reason_code` text;--> statement-breakpoint
ALTER TABLE `item_versions` ADD `reason_params` text;