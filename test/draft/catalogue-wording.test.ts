import { describe, expect, it } from 'vitest';
import { catalogueWording } from '../../src/draft/catalogue-wording';

describe('the catalogue wording of a draft item', () => {
  it("gives the general wording of the act an item names, in the item's language", () => {
    expect(catalogueWording('De hulpverlener doorloopt meldcode.')).toMatch(/^De hulpverlener .*meldcode\.$/);
    expect(catalogueWording('The practitioner starts the child protection procedure.')).toMatch(
      /^The practitioner follows the safeguarding procedure/,
    );
  });

  it('proposes nothing for an item that names no catalogued act or already reads so', () => {
    const general = catalogueWording('De hulpverlener doorloopt meldcode.')!;
    expect(catalogueWording(general)).toBeUndefined();
    expect(catalogueWording('De hulpverlener drinkt koffie met de cliënt.')).toBeUndefined();
  });
});
