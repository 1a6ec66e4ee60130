/** The citation index built from the real content files, exactly as the build builds it. */
import { loadSiteIndex } from '../../src/plugins/site-index';

export const realIndex = () => loadSiteIndex().index;
