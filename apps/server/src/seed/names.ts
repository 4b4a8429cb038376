// Names as they appear in English schools today, with the accents, apostrophes, hyphens and
// spaces that a learner's legal name really carries, so every screen and certificate meets them.

// biome-ignore format: a compact list reads better than one name a line
export const GIVEN_NAMES = [
  'Oliver', 'Amelia', 'Mohammed', 'Muhammad', 'Isla', 'George', 'Olivia', 'Harry', 'Ava',
  'Noah', 'Freya', 'Jack', 'Zoë', 'Leo', 'Siobhán', 'Oluwaseun', 'Aleksandra', 'Aisha',
  'Priya', 'Arjun', 'Fatima', 'Kwame', 'Chloé', 'Zainab', 'Ibrahim', 'Maya', 'Ciarán',
  'Niamh', 'Rhys', 'Eilidh', 'Dylan', 'Bethany', 'Kacper', 'Zuzanna', 'Bartosz', 'Andrei',
  'Ioana', 'Minh', 'Mei', 'Wei', 'Yusuf', 'Hamza', 'Amira', 'Maryam', 'Tariq', 'Omar',
  'Abdirahman', 'Hodan', 'Chidinma', 'Chukwuemeka', 'Adebayo', 'Folasade', 'Tendai', 'Kofi',
  'Renée', 'José', 'Lucía', 'Anaïs', 'Séamus', 'Saoirse', 'Oisín', 'Rosie', 'Evie', 'Lily-Mae',
  'Sophie', 'Charlotte', 'Harriet', 'Alfie', 'Archie', 'Theo', 'Finley', 'Ellis', 'Kai',
  'Ruby', 'Poppy', 'Jessica', 'Grace', 'Emily', 'Hannah', 'Mary-Kate', 'Jean-Luc', 'Anne-Marie',
  'Thi Hoa', 'Gurpreet', 'Harpreet', 'Simran', 'Rohan', 'Anjali', 'Deniz', 'Elif', 'Alexander',
  'Katarzyna', 'Samuel', 'Nathaniel', 'Elizabeth', 'Benjamin', 'Jasmine', 'Callum', 'Megan',
] as const;

// biome-ignore format: a compact list reads better than one name a line
export const FAMILY_NAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson',
  'Wright', 'Thompson', 'Evans', 'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood',
  'Jackson', 'Clarke', 'Patel', 'Khan', 'Ahmed', 'Hussain', 'Begum', 'Ali', 'Shah', 'Akhtar',
  'Iqbal', 'Singh', 'Kaur', 'Sharma', 'Nguyễn', 'Trần', 'Lê', 'Chen', 'Wang', 'Li', 'Zhang',
  "O'Connor", "O'Brien", 'McDonald', 'MacLeod', 'Ní Bhriain', 'Smith-Jones', 'Ashworth-Clarke',
  'Okafor', 'Adeyemi', 'Mensah', 'Osei', 'Okonkwo', 'Abdi', 'Mohamed', 'Warsame', 'Kowalski',
  'Nowak', 'Wiśniewska', 'Popescu', 'Ionescu', 'Yılmaz', 'Demir', 'García', 'Fernández',
  'Costa', 'Silva', "D'Souza", 'Fitzgerald', 'Bailey', 'Murphy', 'Kelly', 'Doyle', 'Lloyd',
  'Pritchard', 'Llewellyn', 'Campbell', 'Stewart', 'Fraser', 'Ferguson', 'Dąbrowski',
  'Zieliński', 'Haigh', 'Sutcliffe', 'Greenwood', 'Holroyd', 'Ackroyd', 'Mitchell',
  'Bennett-Lowe', 'Van der Berg', 'de Souza', 'Müller', 'Brontë-Hughes',
] as const;

/** Short forms a learner may ask to be called by; only names with a common one get one. */
export const PREFERRED_FORMS: Readonly<Record<string, readonly string[]>> = {
  Oluwaseun: ['Seun'],
  Aleksandra: ['Ola', 'Ala'],
  Mohammed: ['Mo'],
  Muhammad: ['Mo'],
  Alexander: ['Alex', 'Sasha'],
  Katarzyna: ['Kasia'],
  Chukwuemeka: ['Emeka'],
  Chidinma: ['Dinma'],
  Samuel: ['Sam'],
  Nathaniel: ['Nat'],
  Elizabeth: ['Beth', 'Lizzie'],
  Benjamin: ['Ben'],
  Abdirahman: ['Abdi'],
  Folasade: ['Sade'],
  Adebayo: ['Bayo'],
  Jessica: ['Jess'],
  Bartosz: ['Bartek'],
  Zuzanna: ['Zuzia'],
  'Thi Hoa': ['Hoa'],
  Harriet: ['Hattie'],
};
