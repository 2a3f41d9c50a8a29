CREATE TABLE `item_criteria` (
	`item_id` integer PRIMARY KEY NOT NULL,
	`criterion` text DEFAULT '' NOT NULL,
	`norm_percentage` integer,
	`norm_unit` text DEFAULT 'dossiers' NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `round_allocations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`panellist_id` integer NOT NULL,
	`round_item_id` integer NOT NULL,
	`position` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`panellist_id`) REFERENCES `panellists`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`round_item_id`) REFERENCES `round_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `round_allocations_idx` ON `round_allocations` (`round_id`,`panellist_id`,`round_item_id`);--> statement-breakpoint
CREATE INDEX `round_allocations_item_idx` ON `round_allocations` (`round_item_id`);--> statement-breakpoint
CREATE TABLE `round_pools` (
	`round_id` integer PRIMARY KEY NOT NULL,
	`size` integer NOT NULL,
	`min_per_item` integer NOT NULL,
	`random_order` integer DEFAULT false NOT NULL,
	`seed` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `rating_revisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`round_id` integer NOT NULL,
	`round_item_id` integer NOT NULL,
	`panellist_id` integer NOT NULL,
	`importance` integer,
	`importance_cannot_judge` integer NOT NULL,
	`frequency` integer,
	`frequency_cannot_judge` integer NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`at` integer NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`round_item_id`) REFERENCES `round_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`panellist_id`) REFERENCES `panellists`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `rating_revisions_item_idx` ON `rating_revisions` (`round_item_id`,`at`);--> statement-breakpoint
CREATE TABLE `realtime_rounds` (
	`round_id` integer PRIMARY KEY NOT NULL,
	FOREIGN KEY (`round_id`) REFERENCES `rounds`(`id`) ON UPDATE no action ON DELETE cascade
);
