import { expect } from '@open-wc/testing';
import { frameGeometry, headquartersStaff, pathData } from '../../src/symbols/index.js';

describe('headquartersStaff', () => {
  it('headquartersStaff(friend) drops from the lower-left corner', () => {
    const staff = headquartersStaff(frameGeometry('friend'));
    expect(staff.role).to.equal('staff');
    expect(staff.kind === 'path' && pathData(staff.commands)).to.equal('M-75,50L-75,90');
  });

  it('headquartersStaff(hostile) drops from the left vertex of the diamond', () => {
    const staff = headquartersStaff(frameGeometry('hostile'));
    expect(staff.kind === 'path' && pathData(staff.commands)).to.equal('M-72,0L-72,112');
  });
});
