/** The citation index built from the real content files, exactly as the build builds it. */
import { loadSiteIndex } from '../../src/plugins/site-index';

export const REG_IDS = ['zhuti-zeren', 'jiguan-jiceng-zuzhi', 'zhengzhi-shenghuo-zhunze', 'jilv-chufen', 'wenze'];
export const realIndex = () => loadSiteIndex().index;
export const loadRegulation = (id: string) => loadSiteIndex().regulations.find((r) => r.id === id)!;
