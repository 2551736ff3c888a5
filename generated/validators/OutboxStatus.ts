/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { OutboxStatus } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
export const rawOutboxStatus = validate82;const schema170 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agent-swarm-protocol.dev/spec/schemas/OutboxStatus.json","title":"OutboxStatus","description":"Delivery state of one message to one recipient: queued (waiting, possibly for a retry), sending (a worker holds it), delivered (the peer answered 200/202), failed (a final answer, or the retry budget spent).","type":"string","enum":["queued","sending","delivered","failed"]};function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/OutboxStatus.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate82.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(typeof data !== "string"){validate82.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}if(!((((data === "queued") || (data === "sending")) || (data === "delivered")) || (data === "failed"))){validate82.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema170.enum},message:"must be equal to one of the allowed values"}];return false;}validate82.errors = vErrors;return errors === 0;}validate82.evaluated = {"dynamicProps":false,"dynamicItems":false};
export const validateOutboxStatus = rawOutboxStatus as unknown as ValidateFunction<OutboxStatus>;
