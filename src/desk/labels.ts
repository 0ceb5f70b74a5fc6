/** The desk's words for keys, counts and times live with the exports' in common/labels. */
export { label, plural, when } from '../common/labels';
