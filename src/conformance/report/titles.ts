// The title of every section of every mode, by id, for the renderings that group checks by section.
import { allSections } from '../checks/index.js';
import { clientSections } from '../client/checks/index.js';
import { vectorSectionTitles } from '../vectors/cases/index.js';

export function sectionTitles(): Record<string, string> {
  return {
    ...Object.fromEntries([...allSections(), ...clientSections()].map((section) => [section.id, section.title])),
    ...vectorSectionTitles(),
  };
}
