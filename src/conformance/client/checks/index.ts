// The sections of client mode, in the order the report lists them.
import type { ClientSection } from '../model.js';
import { deliverySection } from './delivery.js';
import { joinSection } from './join.js';
import { leaveSection } from './leave.js';
import { receiveSection } from './receive.js';
import { sendSection } from './send.js';

export function clientSections(): ClientSection[] {
  return [joinSection, sendSection, deliverySection, leaveSection, receiveSection];
}
