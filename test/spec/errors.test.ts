import { expect } from 'chai';
import { errorCatalog, errorCodes, isErrorCode } from '../../generated/errors.js';
import { validateErrorBody } from '../../generated/validators.js';

describe('error catalog', () => {
  it('documents every code with a status, an exit code and a description', () => {
    expect(errorCodes.length).to.be.greaterThan(40);
    for (const code of errorCodes) {
      const entry = errorCatalog[code];
      expect(entry.description.length, code).to.be.greaterThan(10);
      expect([0, 1, 2, 3, 4, 5, 130], code).to.include(entry.exitCode);
      if (entry.scope === 'wire') expect(entry.status, code).to.be.within(400, 599);
    }
  });

  it('wire codes fit the one error shape; unknown codes do not', () => {
    for (const code of errorCodes) {
      expect(validateErrorBody({ error: { code, message: 'm', details: null } }), code).to.equal(true);
    }
    expect(validateErrorBody({ error: { code: 'NOT_A_CODE', message: 'm', details: null } })).to.equal(false);
    expect(validateErrorBody({ error: { code: 'INVALID_FORMAT', message: 'm' } })).to.equal(false);
    expect(isErrorCode('RATE_LIMITED')).to.equal(true);
    expect(isErrorCode('toString')).to.equal(false);
  });
});
