import { expect } from 'chai';
import { UsageError } from 'clipanion';
import { errorCatalog } from '../../generated/errors.js';
import { CliError, toFailure } from '../../src/cli/errors.js';
import { toApiError } from '../../src/server/error-handler.js';
import { StateError } from '../../src/state/errors.js';

describe('cli: failures become catalog codes and exit codes', () => {
  it('a failed store is SERVICE_UNAVAILABLE (exit 3) with a hint, not an internal error', () => {
    const failure = toFailure(new StateError('STORE_FAILED', 'fdatasync of the write-ahead log failed: EIO'));
    expect(failure).to.include({ code: 'SERVICE_UNAVAILABLE', exitCode: errorCatalog.SERVICE_UNAVAILABLE.exitCode });
    expect(failure.exitCode).to.equal(3);
    expect(failure.message).to.contain('EIO');
    expect(failure.hint).to.be.a('string');
  });

  it('a closed store is SERVICE_UNAVAILABLE too, without the disk hint', () => {
    const failure = toFailure(new StateError('STORE_CLOSED', 'the store is closed'));
    expect(failure).to.include({ code: 'SERVICE_UNAVAILABLE', exitCode: 3 });
    expect(failure.hint).to.equal(undefined);
  });

  it('state errors named as catalog codes keep their code, exit code and details', () => {
    const failure = toFailure(new StateError('MESSAGE_NOT_FOUND', 'No message m-1', { message_id: 'm-1' }));
    expect(failure).to.deep.include({
      code: 'MESSAGE_NOT_FOUND',
      exitCode: errorCatalog.MESSAGE_NOT_FOUND.exitCode,
      details: { message_id: 'm-1' },
    });
    expect(toFailure(new StateError('STORE_TOO_NEW', 'newer')).code).to.equal('STORE_TOO_NEW');
  });

  it('state errors with no catalog code are internal (exit 1), with their message', () => {
    expect(toFailure(new StateError('SWARM_EXISTS', 'Swarm s exists'))).to.include({
      code: 'INTERNAL_ERROR',
      message: 'Swarm s exists',
      exitCode: 1,
    });
  });

  it('our own errors, usage errors, a busy database and anything else', () => {
    expect(toFailure(new CliError('TOKEN_EXPIRED', 'expired'))).to.include({ code: 'TOKEN_EXPIRED', exitCode: 4 });
    expect(toFailure(new UsageError('bad flag'))).to.include({ code: 'USAGE_ERROR', exitCode: 2 });
    expect(toFailure(Object.assign(new Error('busy'), { code: 'SQLITE_BUSY_SNAPSHOT' })).code).to.equal(
      'SERVICE_UNAVAILABLE',
    );
    expect(toFailure('a string')).to.include({ code: 'INTERNAL_ERROR', message: 'a string', exitCode: 1 });
  });
});

describe('server: state errors cross into HTTP only as wire codes', () => {
  it('a failed or closed store is 503, an unknown message 404', () => {
    expect(toApiError(new StateError('STORE_FAILED', 'x'))).to.include({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    expect(toApiError(new StateError('STORE_CLOSED', 'x'))).to.include({ code: 'SERVICE_UNAVAILABLE', status: 503 });
    expect(toApiError(new StateError('MESSAGE_NOT_FOUND', 'x'))).to.include({ status: 404 });
  });

  it('local-only codes are not answered as such: they fall to the internal-error path', () => {
    expect(toApiError(new StateError('STORE_TOO_NEW', 'x'))).to.equal(undefined);
    expect(toApiError(new StateError('IMPORT_INVALID', 'x'))).to.equal(undefined);
    expect(toApiError(new StateError('SWARM_EXISTS', 'x'))).to.equal(undefined);
  });
});
