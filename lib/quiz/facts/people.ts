/**
 * A stand-in person for a "who" question whose article names only two other people: of the key's gender (read from its
 * given name) and naming tradition (read from its family or given name), so the invented name reads like the others.
 * Never used when either is unknown, and never more than one of the three distractors (the article gives the rest).
 */

interface Tradition {
  male: string[];
  female: string[];
  family: string[];
}

const TRADITIONS: Tradition[] = [
  {
    // English-speaking
    male: 'James John Robert Michael David Richard Thomas Daniel Mark Paul Andrew Peter Stephen Simon Matthew Terry Tony Brian Kevin Gary Steve Steven Joe Tom Tim Greg Ryan Bob Doug George Henry Jack Harry Hal Benjamin Anthony Edward Charles Joseph Ben Jim Bill Scott Eric Jason Adam Matt Nick Frank Patrick Ian Neil Graham Hugh Andy Alan Keith Ken Roger Larry Jeff Mike Dan Dave Rob William Christopher Jonathan Philip Kenneth Donald Gregory Timothy Nathan Samuel'.split(' '),
    female: 'Mary Sarah Emma Laura Helen Anna Rachel Claire Susan Karen Jennifer Emily Catherine Alice Rebecca Tanya Jane Kate Lisa Linda Patricia Barbara Elizabeth Jessica Nancy Margaret Sandra Ashley Michelle Amanda Melissa Deborah Stephanie Sharon Angela Amy Anne Julia Victoria Hannah Olivia Sophie Lucy Grace Ruth Joanne Tracy Nicola Alison Fiona Jenny Heather Megan Kathryn Diane Carol Janet'.split(' '),
    family: 'Smith Jones Taylor Brown Wilson Evans Thompson Walker Roberts Wright Hall Clarke Carter Mitchell Turner Parker Morgan Harris Bennett Cooper Hughes Henley Collins Edwards Stewart Murphy Campbell Anderson Miller Davis Johnson Williams Moore Jackson White Martin Lewis Young Allen King Scott Green Baker Adams Nelson Hill Phillips Wood Ward Cook Bell Bailey Richardson Watson Brooks Gray Hughes Price Barnes Ross Fisher Reynolds Ellis Palmer Russell Graham Shaw Fletcher'.split(' '),
  },
  {
    // French
    male: 'Jean Pierre Michel Philippe Alain Nicolas François Laurent Julien Olivier Emmanuel Jacques Christophe Éric Thierry'.split(' '),
    female: 'Marie Nathalie Isabelle Sophie Camille Céline Sandrine Hélène Julie Valérie Christine Sylvie Aurélie'.split(' '),
    family: 'Martin Bernard Dubois Durand Moreau Laurent Lefebvre Girard Rousseau Fontaine Lambert Leroy Petit Richard Mercier Faure Blanc Garnier Chevalier Bonnet'.split(' '),
  },
  {
    // Spanish and Portuguese
    male: 'José Carlos Luis Luís Manuel António Antonio João Miguel Pedro Javier Rui Jorge Francisco Alejandro Pablo Diego Fernando Ricardo Sergio André Paulo Nuno'.split(' '),
    female: 'Ana Carmen Isabel Sofia Marta Lucía Inês Teresa Catarina Lucia Beatriz Patricia Rosa Elena Raquel Paula Mariana'.split(' '),
    family: 'García Fernández López Martínez Sánchez Pérez Silva Santos Ferreira Costa Oliveira Pereira Rodrigues Gómez Rodríguez González Hernández Díaz Moreno Almeida Carvalho Sousa Ribeiro Ramos'.split(' '),
  },
  {
    // Italian
    male: 'Marco Giuseppe Luca Giovanni Francesco Alessandro Matteo Paolo Stefano Andrea Roberto Massimo'.split(' '),
    female: 'Giulia Francesca Chiara Sara Paola Valentina Federica Silvia Alessandra Carolina'.split(' '),
    family: 'Rossi Russo Ferrari Esposito Bianchi Romano Colombo Ricci Marino Greco Bruno Gallo Conti Costa Giordano'.split(' '),
  },
  {
    // German
    male: 'Andreas Stefan Markus Klaus Jürgen Wolfgang Thomas Michael Frank Uwe Dieter Karl Hans Matthias Tobias'.split(' '),
    female: 'Sabine Petra Claudia Andrea Anja Katrin Monika Ursula Birgit Heike Susanne'.split(' '),
    family: 'Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Hoffmann Schulz Koch Richter Klein Wolf Neumann'.split(' '),
  },
  {
    // West African (Sahel)
    male: 'Amadou Moussa Ibrahim Mamadou Oumar Abdoulaye Seydou Boubacar Modibo Souleymane Bakary Cheick'.split(' '),
    female: 'Aminata Fatoumata Mariam Awa Kadiatou Aïssata Oumou Rokia Assétou'.split(' '),
    family: 'Traoré Diallo Keita Coulibaly Touré Sidibé Diarra Konaté Camara Sangaré Diop Ndiaye Maïga Sissoko Koné Doumbia'.split(' '),
  },
  {
    // Arabic
    male: 'Ahmed Mohamed Mohammed Omar Ali Hassan Khalid Youssef Karim Mahmoud Tarek Samir Walid'.split(' '),
    female: 'Fatima Aisha Layla Nour Yasmin Salma Rania Leila Huda'.split(' '),
    family: 'Haddad Khalil Mansour Nasser Saleh Aziz Hamdan Farouk Rahman Qasim Abbas Hamdi'.split(' '),
  },
];

const MALE = new Set(TRADITIONS.flatMap((t) => t.male));
const FEMALE = new Set(TRADITIONS.flatMap((t) => t.female));
/** Given names read as one gender in every tradition above (lib/quiz/roles.ts reads a person's gender from them). */
export const MALE_GIVEN: ReadonlySet<string> = new Set([...MALE].filter((n) => !FEMALE.has(n)));
export const FEMALE_GIVEN: ReadonlySet<string> = new Set([...FEMALE].filter((n) => !MALE.has(n)));

function hash(s: string): number {
  let h = 0;
  for (const c of s) h = (h * 31 + c.charCodeAt(0)) >>> 0;
  return h;
}

/**
 * A made-up full name ("Rachel Walker" for "Tanya Plibersek") or surname ("Walker" for "Plibersek"), none of whose
 * words the article uses (`inArticle` says). Undefined when the key's gender or tradition cannot be read.
 */
export function inventPerson(key: string, inArticle: (word: string) => boolean, variant = 0): string | undefined {
  const words = key.trim().split(/\s+/);
  const family = words.at(-1)!;
  const given = words.length > 1 ? words[0]! : undefined;
  const tradition =
    TRADITIONS.find((t) => t.family.includes(family)) ?? (given ? TRADITIONS.find((t) => t.male.includes(given) || t.female.includes(given)) : TRADITIONS[0]);
  if (!tradition) return undefined;
  const h = hash(key) + variant * 5;
  const pick = (list: string[], offset: number) => {
    for (let i = 0; i < list.length; i++) {
      const w = list[(h + offset + i) % list.length]!;
      if (!inArticle(w) && !words.includes(w)) return w;
    }
    return undefined;
  };
  const familyName = pick(tradition.family, 0);
  if (!familyName) return undefined;
  if (!given) return familyName;
  // Gender from the given name; an ambiguous or unknown one ("Chris", "Tonagawa's Susumu") leaves the question short.
  const male = MALE.has(given);
  const female = FEMALE.has(given);
  if (male === female) return undefined;
  const givenName = pick(male ? tradition.male : tradition.female, 7);
  return givenName ? `${givenName} ${familyName}` : undefined;
}
