CREATE TABLE `item_criteria` (
	`item_id` integer PRIMARY KEY NOT NULL,
	`criterion` text DEFAULT '' NOT NULL,
	`norm_percentage` integer,
	`norm_unit` text DEFAULT 'dossiers' NOT NULL,
	FOREIGN KEY (`item_id`) REFERENCES `items`(`id`) ON UPDATE no action ON DELETE cascade
);
