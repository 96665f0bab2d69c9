// Every unit test file sees the English messages, as a page does once chooseLanguage() has run. A test
// that switches language switches back (the files of a worker share modules: vitest.config.ts).
import { useLocale } from '../../src/i18n/messages';

await useLocale('en');
