/** Site-wide constants and the base-aware URL helper used by every page and component. */
import { joinBase } from './lib/url';

export const SITE_NAME = '全面从严治党责任知识库';
export const SITE_TAGLINE = '党内法规逐条读 · 条文解读 · 地方实践';

/** A site path with the configured base path in front. */
export const url = (path: string) => joinBase(import.meta.env.BASE_URL, path);
