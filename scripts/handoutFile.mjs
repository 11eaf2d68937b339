// The handout's file name: the export script writes it, the build puts it in the site, the
// study view links to it, and the tests read it.
export const HANDOUT_FILE = 'regularization-visually-handout.pdf'
