import { expect } from 'chai';
import { type Ledger, rewordKey, textHash, updateLedger } from '../../codegen/ledger.js';

const req = (text: string) => ({ text, source: 'spec/schemas/X.json' });
const ledgerOf = (entries: Ledger['requirements']): Ledger => ({ requirements: entries });

describe('codegen: the requirement ledger', () => {
  it('records every identifier of a first run', () => {
    const { ledger, problems } = updateLedger(undefined, new Map([['A-001', req('A server MUST a.')]]), new Set());
    expect(problems).to.deep.equal([]);
    expect(ledger.requirements).to.deep.equal({ 'A-001': { sha256: textHash('A server MUST a.') } });
  });

  it('marks an identifier that left spec/ retired, keeping its hash', () => {
    const before = ledgerOf({ 'A-001': { sha256: 'aaaa' } });
    const { ledger, problems } = updateLedger(before, new Map(), new Set());
    expect(problems).to.deep.equal([]);
    expect(ledger.requirements['A-001']).to.deep.equal({ sha256: 'aaaa', retired: true });
  });

  it('refuses a retired identifier defined again with other text', () => {
    const before = ledgerOf({ 'A-001': { sha256: 'aaaa', retired: true } });
    const { problems } = updateLedger(before, new Map([['A-001', req('A server MUST b.')]]), new Set());
    expect(problems).to.have.length(1);
    expect(problems[0]).to.include('[A-001] is retired').and.include('never reused');
  });

  it('takes a retired identifier back with the very text it had (an undone deletion)', () => {
    const text = 'A server MUST a.';
    const before = ledgerOf({ 'A-001': { sha256: textHash(text), retired: true } });
    const { ledger, problems } = updateLedger(before, new Map([['A-001', req(text)]]), new Set());
    expect(problems).to.deep.equal([]);
    expect(ledger.requirements['A-001']).to.deep.equal({ sha256: textHash(text) });
  });

  it('refuses a rewording until its key is acknowledged, then records the new text', () => {
    const before = ledgerOf({ 'A-001': { sha256: textHash('A server MUST a.') } });
    const now = new Map([['A-001', req('A server MUST do a.')]]);
    expect(updateLedger(before, now, new Set()).problems[0]).to.include(
      `- change: '${rewordKey('A-001', 'A server MUST do a.')}'`,
    );
    const { ledger, problems } = updateLedger(before, now, new Set([rewordKey('A-001', 'A server MUST do a.')]));
    expect(problems).to.deep.equal([]);
    expect(ledger.requirements['A-001']).to.deep.equal({ sha256: textHash('A server MUST do a.') });
  });

  it('an acknowledgement of one rewording does not cover another', () => {
    const before = ledgerOf({ 'A-001': { sha256: textHash('A server MUST a.') } });
    const old = new Set([rewordKey('A-001', 'A server MUST do a.')]);
    expect(updateLedger(before, new Map([['A-001', req('A server MUST do b.')]]), old).problems).to.have.length(1);
  });
});
