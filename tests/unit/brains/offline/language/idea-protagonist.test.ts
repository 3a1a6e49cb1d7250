// Whose story an idea tells: the person it says it follows, else the subject of its first main clause.
import { describe, expect, it } from 'vitest';
import { extractIdeaBrief } from '../../../../../src-main/brains/offline/language/idea-brief';

const lead = (idea: string) => extractIdeaBrief(idea).people.find((p) => p.role === 'protagonist')?.name;
const roles = (idea: string) => extractIdeaBrief(idea).people.map((p) => `${p.name}:${p.role}`);

describe('chooseProtagonist', () => {
  it('gives the lead to whom the idea follows, through a phrase before the name', () => {
    expect(
      lead(
        'Mr. Lindqvist owns the last record shop in Uppsala. We follow his night clerk, Oskar, for a week.',
      ),
    ).toBe('Oskar');
    expect(
      lead('Brigid Foley runs a ferry in Galway; the story follows her nephew Cian as the harbour closes.'),
    ).toBe('Cian');
  });

  it('reads more ways of saying who leads: seen by, in the head of, the heart, the side, make X the lead', () => {
    expect(lead('Ivo and Rada run a ferry in Split, every trip seen by their deckhand, Lovro.')).toBe(
      'Lovro',
    );
    expect(
      lead('A chef, Emil, hires a sous-chef in Malmo, but we are in the head of his sister, Vera.'),
    ).toBe('Vera');
    expect(lead('Odile coaches a choir in Lyon with her brother Bastien. Bastien is the heart of it.')).toBe(
      'Bastien',
    );
    expect(lead("Odile coaches a choir in Lyon with her brother Bastien, told from Bastien's side.")).toBe(
      'Bastien',
    );
    expect(
      lead('Odile coaches a choir in Lyon with her brother Bastien. Make Bastien the main character.'),
    ).toBe('Bastien');
    expect(lead("Odile coaches a choir in Lyon with her brother Bastien; Bastien's our lead.")).toBe(
      'Bastien',
    );
  });

  it('reads the lead after "the one we follow … is", and a pronoun said to lead', () => {
    expect(lead('Odile coaches a choir in Lyon; the one we follow, though, is her brother Bastien.')).toBe(
      'Bastien',
    );
    expect(lead('Odile coaches a choir in Lyon with her brother Bastien, and he is the one we follow.')).toBe(
      'Bastien',
    );
    expect(lead('Odile trains Bastien for a choir in Lyon, but honestly it is his film.')).toBe('Bastien');
  });

  it('follows a person named earlier, a pronoun or a job after the cue', () => {
    expect(
      lead('Dmitri rents a room to Lidia in Odessa. This is a film about Lidia and her lost violin.'),
    ).toBe('Lidia');
    expect(
      lead(
        'Marco owns a gym in Turin and he hires a cleaner, Ilaria, and the film is really about her, honestly.',
      ),
    ).toBe('Ilaria');
    expect(
      lead('A rich banker, Anton Greif, is courted by a tailor, Pavel, in Prague. We follow the tailor.'),
    ).toBe('Pavel');
  });

  it('reads the lead from a saying that names them first', () => {
    expect(lead('Old Bertil teaches the boy Nils to sail off Gotland, 1950. It is Nils we follow.')).toBe(
      'Nils',
    );
    expect(lead('Yara sells spices in Beirut to her neighbour Samir. Samir is our hero.')).toBe('Samir');
    expect(lead('Kwame drives a taxi in Kumasi for his uncle Kojo. Told through Kojo\u2019s eyes.')).toBe(
      'Kojo',
    );
    expect(
      lead('the widow mrs okoro takes in a stray boy called emeka after the storm. his story. enugu, 2009.'),
    ).toBe('Emeka');
  });

  it('keeps the narrator cue strict: the narrator is named right after it', () => {
    expect(lead('Narrated by her son Teo, the life of Marisa Duarte, a fado singer in Porto.')).toBe(
      'Marisa Duarte',
    );
  });

  it('gives the lead to the subject of the main clause, not of the clause before it', () => {
    expect(lead('When the old clockmaker Anselm Roth dies, his grandson Felix finds a key in Basel.')).toBe(
      'Felix',
    );
    expect(
      lead(
        'Thirty years after Victor Sandoval burned her family\u2019s farm, Luz Ortega walks into his bank in Cali.',
      ),
    ).toBe('Luz Ortega');
    expect(
      lead(
        'When her uncle, Ruben Alves, goes missing owing money to a smuggler called Duarte, diver Ines Alves sails.',
      ),
    ).toBe('Ines Alves');
    expect(
      lead('Jilted by the fiddler Conor Hale, seamstress Aoife Byrne takes the night boat to Liverpool.'),
    ).toBe('Aoife Byrne');
  });

  it('does not give the lead to the victim the story opens on', () => {
    expect(
      lead(
        'Noir, Helsinki 1952. Singer Vera Lind is found strangled in a hotel, and Inspector Aho Niemi takes the case.',
      ),
    ).toBe('Aho Niemi');
    expect(lead('Vera Lind finds a singer strangled in a hotel in Helsinki and calls Aho Niemi.')).toBe(
      'Vera Lind',
    );
  });

  it('leaves the lead with the subordinate clause when its person is the main clause\u2019s pronoun', () => {
    expect(lead('When Greta Lind loses her shop in Malmö, she hires her cousin Ebba to sell fish.')).toBe(
      'Greta Lind',
    );
  });

  it('does not make the lead\u2019s ally an antagonist for having an enemy of their own', () => {
    expect(
      roles(
        'In 1988 Peter Bakker testified against the smuggler Joop Kramer. Now Joop is free, and the film follows Peter\u2019s son Daan.',
      ),
    ).toEqual(['Peter Bakker:supporting', 'Joop Kramer:antagonist', 'Daan:protagonist']);
  });

  it('gives the lead to the one acted against when the next sentence goes on with their pronoun', () => {
    expect(
      lead('Nico Brandt blackmails the judge Ellen Marsh. She has a week to find the letters in Boston.'),
    ).toBe('Ellen Marsh');
    expect(
      lead('Nico Brandt blackmails the judge Ellen Marsh. He wants the letters she keeps in Boston.'),
    ).toBe('Nico Brandt');
  });

  it('does not give the lead to someone who vanished at the start', () => {
    expect(
      lead(
        'Horror. Maisie Crane vanished from a campsite in 1998. Her cousin Ruth is a ranger now, and the woods call.',
      ),
    ).toBe('Ruth');
  });

  it('gives the lead to the person a brief labels the hero, or whom the story is said to be of', () => {
    expect(lead('Brief: Norvik EV launch. Hero: Sunniva, a vet on call in rural Wales.')).toBe('Sunniva');
    expect(
      lead(
        'Two brothers, Jonas and Elias Berg, climb the Eiger. But the story is of Elias, who goes down alone.',
      ),
    ).toBe('Elias Berg');
  });

  it('reads "it is X\'s film" as naming the lead', () => {
    expect(
      lead(
        "Hamza is stuck in a camp. Rana, the nurse who treats his hand, must decide. Really it is Rana's film.",
      ),
    ).toBe('Rana');
  });

  it('leads with the teller\'s own kin, the one after "hero is", and the name a phrase introduces with a colon', () => {
    expect(
      lead(
        'When I was small a sailor, Mr. Quill, lodged with us. I want a comedy about the year my aunt Nuala married him.',
      ),
    ).toBe('Nuala');
    expect(lead('* a harbour town ruled by the Salt King\n* hero is Tam, a rope-maker from Skerry')).toBe(
      'Tam',
    );
    expect(
      lead(
        'Every night a ghost called Emil asks for a boat. This is the story of the girl who rows him: Liesl.',
      ),
    ).toBe('Liesl');
  });

  it('leads with the one a closing remark names: narrates, point of view, "is our hero" after commas, "the hero to be"', () => {
    expect(lead('A tugboat captain, Orrin, fights the port. His daughter Wrenna, nine, narrates.')).toBe(
      'Wrenna',
    );
    expect(
      lead(
        "Inspector Ruth Kell hunts a thief, with her nephew Tobiah in tow, all from Tobiah's point of view.",
      ),
    ).toBe('Tobiah');
    expect(lead('A forger, Maksim Orel, holds a ferry hostage. The cook, Lupita, is our hero.')).toBe(
      'Lupita',
    );
    expect(
      lead("The bride is Zuzka, the groom is Ferko. I want the hero to be Zuzka's aunt, Teta Olga."),
    ).toBe('Teta Olga');
    expect(
      lead('The surgeon Abena Owusu leads the ward, but the film is centered on her intern, Kojo.'),
    ).toBe('Kojo');
  });

  it('leads with the one "the story is hers" or a cleft "it is …, X, who" points to', () => {
    expect(
      lead('Two sisters, Maren and Ilse, run a ferry. Ilse is the younger one. The story is hers.'),
    ).toBe('Ilse');
    expect(
      lead('The fence Bram is killed in his pawnshop, and it is his niece, Tilde, who hunts the killer.'),
    ).toBe('Tilde');
    expect(
      lead("Femi is a DJ who plays weddings. Tolu is the caterer who can't stand him. It's her film."),
    ).toBe('Tolu');
  });

  it('leads with the one "centre on", "make it about" or "the main is" points to', () => {
    expect(
      lead(
        'A tram driver, Ansel, and his wife Hedda run a shop in Bergen, but I want to centre on their son Odd.',
      ),
    ).toBe('Odd');
    expect(
      lead(
        'A diva, Ruth, hires a young understudy, Pia, and then starts to fear her. Make it about the understudy.',
      ),
    ).toBe('Pia');
    expect(lead('Film about Kemal and his sister Ayla in Izmir. The main is Ayla, she must choose.')).toBe(
      'Ayla',
    );
  });

  it('leads with the one whose eyes "through her eyes" names', () => {
    expect(
      lead(
        'A cult on a fjord welcomes grad student Tom and his girlfriend Lise. Only Lise sees the sign, and we see it all through her eyes.',
      ),
    ).toBe('Lise');
  });
});
