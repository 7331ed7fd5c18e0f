import { hasRoleAtLeast, isHubModel, isRole } from './org';
import { mayRoute } from './policy';
import { negotiateLocale } from './locale';

describe('roles', () => {
  it('orders roles from member to admin', () => {
    expect(hasRoleAtLeast('manager', 'department_rep')).toBe(true);
    expect(hasRoleAtLeast('member', 'manager')).toBe(false);
    expect(hasRoleAtLeast('admin', 'hub_coordinator')).toBe(true);
  });
  it('rejects unknown values', () => {
    expect(isRole('root')).toBe(false);
    expect(isRole(3)).toBe(false);
    expect(isHubModel('anarchic')).toBe(false);
    expect(isHubModel('collegial')).toBe(true);
  });
  it('decides routing by hub model', () => {
    expect(mayRoute('centralised', 'department_rep', false)).toBe(false);
    expect(mayRoute('centralised', 'member', true)).toBe(true);
    expect(mayRoute('distributed', 'manager', false)).toBe(true);
    expect(mayRoute('collegial', 'department_rep', false)).toBe(true);
    expect(mayRoute('collegial', 'manager', false)).toBe(false);
    expect(mayRoute('collegial', 'hub_coordinator', false)).toBe(true);
  });
});

describe('negotiateLocale', () => {
  it('follows the browser', () => {
    expect(negotiateLocale('en-GB,en;q=0.9,fr;q=0.8')).toBe('en');
    expect(negotiateLocale('fr-CA,fr;q=0.9')).toBe('fr');
    expect(negotiateLocale('de-DE,en;q=0.5,fr;q=0.7')).toBe('fr');
  });
  it('falls back on garbage', () => {
    expect(negotiateLocale('')).toBe('fr');
    expect(negotiateLocale(';;;,q=abc', 'en')).toBe('en');
    expect(negotiateLocale('de;q=NaN')).toBe('fr');
    expect(negotiateLocale('x'.repeat(10000))).toBe('fr');
  });
});
