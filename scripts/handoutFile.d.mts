export declare const HANDOUT_FILE: string
