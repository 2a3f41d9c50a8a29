export const DEMO_EMAIL = 'demo@maatstaf.nl';
export const DEMO_PASSWORD = 'maatstaf-demo';
export const DEMO_TITLE = 'Procesmatige hulpverlening AMW (demo)';
