import { expect } from 'chai';
import { parseConfig } from '../../src/home/config.js';

const head = 'agent_id: agent-self\nendpoint: https://self.example.com/swarm\n';
const SWARM = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';

const refused: { name: string; yaml: string; message: string }[] = [
  {
    name: 'an unknown key in a rule',
    yaml: 'wake:\n  rules:\n    - {level: urgent, form: [a]}\n',
    message: '/wake/rules/0/form is not a known key',
  },
  {
    name: 'a rule without a level',
    yaml: 'wake:\n  rules:\n    - {from: [a]}\n',
    message: "/wake/rules/0 must have required property 'level'",
  },
  {
    name: 'an unknown level',
    yaml: 'wake:\n  rules:\n    - {level: loud}\n',
    message: '/wake/rules/0/level must be one of silent, normal, urgent',
  },
  {
    name: 'an unknown message type',
    yaml: 'wake:\n  rules:\n    - {type: [alert], level: urgent}\n',
    message: '/wake/rules/0/type/0 must be one of message, system, notification',
  },
  {
    name: 'keywords as a string',
    yaml: 'wake:\n  rules:\n    - {keywords: deploy, level: urgent}\n',
    message: '/wake/rules/0/keywords must be array',
  },
  {
    name: 'an empty from list',
    yaml: 'wake:\n  rules:\n    - {from: [], level: urgent}\n',
    message: '/wake/rules/0/from must NOT have fewer than 1 items',
  },
  {
    name: 'a blank keyword',
    yaml: 'wake:\n  rules:\n    - {keywords: ["  "], level: urgent}\n',
    message: '/wake/rules/0/keywords/0 must match pattern',
  },
  {
    name: 'a name with a colon',
    yaml: 'wake:\n  rules:\n    - {name: "default:x", level: urgent}\n',
    message: '/wake/rules/0/name must be 1-64 letters',
  },
  {
    name: 'two rules with one name',
    yaml: 'wake:\n  rules:\n    - {name: a, level: urgent}\n    - {name: a, level: silent}\n',
    message: '/wake/rules/1/name a is already the name of /wake/rules/0',
  },
  {
    name: 'an unknown zone',
    yaml: 'wake:\n  quiet_hours: {zone: Mars/Olympus, start: "22:00", end: "07:00"}\n',
    message: '/wake/quiet_hours/zone Mars/Olympus is not a known time zone',
  },
  {
    name: 'a zone that is not a name',
    yaml: 'wake:\n  quiet_hours: {zone: "Paris time", start: "22:00", end: "07:00"}\n',
    message: '/wake/quiet_hours/zone must be an IANA time zone name',
  },
  {
    name: 'an hour past 23',
    yaml: 'wake:\n  quiet_hours: {start: "24:00", end: "07:00"}\n',
    message: '/wake/quiet_hours/start must be a 24-hour time HH:MM',
  },
  {
    name: 'a time without its leading zero',
    yaml: 'wake:\n  quiet_hours: {start: "22:00", end: "7:00"}\n',
    message: '/wake/quiet_hours/end must be a 24-hour time HH:MM',
  },
  {
    name: 'a window without an end',
    yaml: 'wake:\n  quiet_hours: {start: "22:00"}\n',
    message: "/wake/quiet_hours must have required property 'end'",
  },
  {
    name: 'an empty window',
    yaml: 'wake:\n  quiet_hours: {start: "07:00", end: "07:00"}\n',
    message: '/wake/quiet_hours start and end are both 07:00',
  },
  {
    name: 'a swarm key that is not an id',
    yaml: 'wake:\n  swarms:\n    research: {rules: []}\n',
    message: '/wake/swarms/research is not a swarm id',
  },
  {
    name: 'an unknown key in a swarm',
    yaml: `wake:\n  swarms:\n    ${SWARM}: {quiet: null}\n`,
    message: `/wake/swarms/${SWARM}/quiet is not a known key`,
  },
  {
    name: "a bad rule in a swarm's list",
    yaml: `wake:\n  swarms:\n    ${SWARM}:\n      rules: [{level: urgent, direct: yes please}]\n`,
    message: `/wake/swarms/${SWARM}/rules/0/direct must be boolean`,
  },
  {
    name: "a bad zone in a swarm's window",
    yaml: `wake:\n  swarms:\n    ${SWARM}: {quiet_hours: {zone: Europe/Atlantis, start: "22:00", end: "07:00"}}\n`,
    message: `/wake/swarms/${SWARM}/quiet_hours/zone Europe/Atlantis is not a known time zone`,
  },
  {
    name: 'an unknown level in wake.levels',
    yaml: 'wake:\n  levels: [loud]\n',
    message: '/wake/levels/0 must be one of silent, normal, urgent',
  },
];

describe('config.yaml: wake rules', () => {
  for (const { name, yaml, message } of refused) {
    it(`refuses ${name}, naming the path`, async () => {
      const error = await parseConfig(head + yaml, 'config.yaml').then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).to.be.an('error').with.property('code', 'CONFIG_INVALID');
      expect((error as Error).message).to.include(`config.yaml: ${message}`);
    });
  }

  it('accepts the worked example of docs/agents.md', async () => {
    const config = await parseConfig(
      `${head}wake:
  method: tmux
  tmux_target: "agent:0.0"
  rules:
    - name: direct
      direct: true
      level: urgent
    - name: lead
      from: [agent-lead]
      level: urgent
    - name: incident
      keywords: [outage, rollback, "code red"]
      level: urgent
    - name: membership
      type: [system]
      level: silent
  quiet_hours:
    zone: Europe/Paris
    start: "22:00"
    end: "07:00"
  swarms:
    ${SWARM}:
      rules:
        - name: chatter
          priority: [normal, low]
          level: silent
      quiet_hours: null
`,
      'config.yaml',
    );
    expect(config.wake?.rules).to.have.length(4);
    expect(config.wake?.swarms?.[SWARM]?.quiet_hours).to.equal(null);
  });

  it('a config without rules stays valid (the built-in rules apply)', async () => {
    const config = await parseConfig(`${head}wake: {method: tmux, tmux_target: "a:0"}\n`, 'config.yaml');
    expect(config.wake?.rules).to.equal(undefined);
  });
});
