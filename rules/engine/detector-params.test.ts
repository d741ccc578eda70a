import { describe, expect, it } from 'vitest';
import { checkOptionalList } from './detector-params.ts';
import { phoneNumber } from '../detectors/phone-number.ts';
import { emailAddress } from '../detectors/email-address.ts';

describe('checkOptionalList', () => {
  it('accepts an absent param and a list of strings', () => {
    expect(() => checkOptionalList({}, 'caps', 'allow', 'words')).not.toThrow();
    expect(() => checkOptionalList({ allow: ['NAV', 'PBE'] }, 'caps', 'allow', 'words')).not.toThrow();
  });

  it('names the detector and the param when the value is not a list or an item is wrong', () => {
    expect(() => checkOptionalList({ allow: 'NAV' }, 'caps', 'allow', 'words')).toThrow('caps: params.allow must be a list of words');
    expect(() => checkOptionalList({ allow: ['NAV', 3] }, 'caps', 'allow', 'words')).toThrow('caps: params.allow must be a list of words');
  });

  it('applies a detector’s own item test: a phone number needs eight digits', () => {
    expect(() => phoneNumber.parseParams!({ allow: ['55 56 60 00'] })).not.toThrow();
    expect(() => phoneNumber.parseParams!({ allow: ['55 56'] })).toThrow('phone-number: params.allow must be a list of phone numbers (8 digits)');
  });

  it('checks every list param of a detector that has several', () => {
    expect(() => emailAddress.parseParams!({ allowDomains: ['bergen.kommune.no'], allowLocalParts: [1] })).toThrow(
      'email-address: params.allowLocalParts must be a list of strings',
    );
  });
});
