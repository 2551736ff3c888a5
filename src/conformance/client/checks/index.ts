// The sections of client mode, in the order the report lists them.
import type { ClientSection } from '../model.js';
import { deliverySection } from './delivery.js';
import { joinSection } from './join.js';
import { leaveSection } from './leave.js';
import { protocol02Section } from './protocol-02.js';
import { receiveSection } from './receive.js';
import { sealedSection } from './sealed.js';
import { sendSection } from './send.js';

export function clientSections(): ClientSection[] {
  return [joinSection, sendSection, deliverySection, protocol02Section, sealedSection, leaveSection, receiveSection];
}
