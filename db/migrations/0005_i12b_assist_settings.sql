CREATE TABLE `assist_settings` (
	`study_id` integer PRIMARY KEY NOT NULL,
	`enabled` integer DEFAULT false NOT NULL,
	`endpoint` text NOT NULL,
	`model` text NOT NULL,
	`api_key` text,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`study_id`) REFERENCES `studies`(`id`) ON UPDATE no action ON DELETE cascade
);
