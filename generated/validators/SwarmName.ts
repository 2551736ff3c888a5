/* eslint-disable */
// Generated from spec/schemas/*.json by `npm run codegen`. Do not edit: change spec/ and regenerate.

// @ts-nocheck: ajv emits untyped JavaScript; the typed export at the end is what callers use.
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';
import type { SwarmName } from '../types.js';
// ajv standalone code loads its small runtime helpers with require().
const require = createRequire(import.meta.url);
export const rawSwarmName = validate91;const schema71 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://agent-swarm-protocol.dev/spec/schemas/SwarmName.json","title":"SwarmName","description":"A swarm's display name: 1-256 characters, any text, no surrounding whitespace once trimmed by the creator.","type":"string","minLength":1,"maxLength":256,"examples":["demo-swarm"]};const func1 = require("ajv/dist/runtime/ucs2length").default;function validate91(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){/*# sourceURL="https://agent-swarm-protocol.dev/spec/schemas/SwarmName.json" */;let vErrors = null;let errors = 0;const evaluated0 = validate91.evaluated;if(evaluated0.dynamicProps){evaluated0.props = undefined;}if(evaluated0.dynamicItems){evaluated0.items = undefined;}if(errors === 0){if(typeof data === "string"){if(func1(data) > 256){validate91.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];return false;}else {if(func1(data) < 1){validate91.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];return false;}}}else {validate91.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];return false;}}validate91.errors = vErrors;return errors === 0;}validate91.evaluated = {"dynamicProps":false,"dynamicItems":false};
export const validateSwarmName = rawSwarmName as unknown as ValidateFunction<SwarmName>;
