/// Common first names of children and adults in England and Wales, taken out of quotes.
///
/// Compiled from the names most often given to babies over recent decades and
/// common among adults; a workspace adds its own in `redaction.yaml`.
/// Written as they are spelt; they are compared in lower case.
enum FirstNames {
  /// Names that are no ordinary English word, in lower case: redacted wherever they stand, in any case.
  static let plain = Set(plainSpellings.map { $0.lowercased() })

  /// Names that are also ordinary words, in lower case.
  static let commonWords = Set(commonWordSpellings.map { $0.lowercased() })

  /// Names that are no ordinary English word, as spelt.
  private static let plainSpellings = [
    "Aaliyah", "Aarav", "Aaron", "Abbie", "Abby", "Abigail", "Ada", "Adam", "Ahmed", "Aidan", "Aiden", "Aimee",
    "Aisha", "Alan", "Albert", "Albie", "Aleena", "Alex", "Alexander", "Alexis", "Alfie", "Alfred", "Ali", "Alice",
    "Alisha", "Alison", "Amanda", "Amara", "Amelia", "Amelie", "Amir", "Amira", "Amy", "Anaya", "Andrew", "Andy",
    "Angela", "Anna", "Anne", "Annie", "Anthony", "Anya", "Aoife", "Arabella", "Archie", "Aria", "Arjun", "Arlo",
    "Arthur", "Ashton", "Aurora", "Austin", "Ava", "Ayaan", "Ayden", "Ayesha", "Ayla", "Bailey", "Barbara", "Barry",
    "Beatrice", "Becky", "Bella", "Ben", "Benjamin", "Bethany", "Beverley", "Bilal", "Blake", "Bradley", "Brandon",
    "Brenda", "Brendan", "Brian", "Brody", "Bronwyn", "Caitlin", "Caleb", "Callum", "Cameron", "Carl", "Carly",
    "Catherine", "Cerys", "Chantelle", "Charlene", "Charles", "Charlotte", "Chelsea", "Chloe", "Chris", "Christine",
    "Christopher", "Ciara", "Ciaran", "Claire", "Clara", "Colin", "Connor", "Conor", "Courtney", "Craig", "Dan",
    "Daniel", "Danielle", "Danny", "Darcie", "Darcy", "Darius", "Darren", "Dave", "David", "Debbie", "Deborah",
    "Declan", "Delilah", "Demi", "Denise", "Dennis", "Derek", "Dexter", "Diane", "Dominic", "Donna", "Doreen",
    "Dorothy", "Dylan", "Edith", "Edward", "Eileen", "Eleanor", "Elena", "Elias", "Elijah", "Eliza", "Elizabeth",
    "Ella", "Ellen", "Ellie", "Elliot", "Elliott", "Ellis", "Eloise", "Elsie", "Emilia", "Emily", "Emma", "Erin",
    "Esme", "Esther", "Ethan", "Euan", "Eva", "Evelyn", "Evie", "Ewan", "Ezra", "Fatima", "Faye", "Felix", "Ffion",
    "Filip", "Finley", "Finn", "Florence", "Fraser", "Freddie", "Frederick", "Freya", "Gabriel", "Gareth", "Gary",
    "Gavin", "Gemma", "Geoffrey", "George", "Georgia", "Gillian", "Glenn", "Gracie", "Graham", "Hafsa", "Hallie",
    "Hamza", "Hana", "Hanna", "Hannah", "Harper", "Harriet", "Harrison", "Harry", "Harvey", "Hassan", "Hayden",
    "Hayley", "Heidi", "Helen", "Henry", "Hollie", "Howard", "Hugo", "Ian", "Ibrahim", "Imogen", "Imran", "Inaya",
    "Irene", "Isaac", "Isabella", "Isabelle", "Isla", "Ismail", "Jackie", "Jackson", "Jacob", "Jacqueline", "Jake",
    "Jakub", "Jamal", "James", "Jamie", "Jane", "Janet", "Jason", "Jaxon", "Jayden", "Jennifer", "Jenny", "Jensen",
    "Jenson", "Jeremy", "Jesse", "Jessica", "Jessie", "Jim", "Jimmy", "Joan", "Joanne", "Jodie", "Joe", "John",
    "Jon", "Jonathan", "Jordan", "Joseph", "Josh", "Joshua", "Joyce", "Jude", "Julia", "Julie", "Kacper", "Kai",
    "Kaiden", "Karen", "Kate", "Katherine", "Katie", "Kayden", "Kayla", "Kayleigh", "Keira", "Keith", "Kelly",
    "Kelsey", "Kenneth", "Kenny", "Kerry", "Kevin", "Khadija", "Kian", "Kiera", "Kieran", "Kimberley", "Kirsty",
    "Kofi", "Kwame", "Kyle", "Lacey", "Laura", "Lauren", "Layla", "Leah", "Leanne", "Lee", "Leila", "Lena", "Lenny",
    "Leo", "Leon", "Leonard", "Levi", "Lewis", "Lexi", "Liam", "Libby", "Lila", "Linda", "Lisa", "Logan", "Lola",
    "Lorraine", "Lottie", "Louie", "Louis", "Louise", "Luca", "Lucas", "Lucy", "Luka", "Luke", "Luna", "Lyla",
    "Lynn", "Lynne", "Mabel", "Maddison", "Madison", "Maeve", "Maisie", "Maja", "Malachi", "Malcolm", "Marcus",
    "Margaret", "Margot", "Maria", "Mariam", "Martha", "Mary", "Maryam", "Mateo", "Matilda", "Matthew", "Maureen",
    "Maya", "Megan", "Mia", "Michael", "Michelle", "Mike", "Mikey", "Mila", "Millie", "Milo", "Mohammad",
    "Mohammed", "Mollie", "Molly", "Morgan", "Muhammad", "Musa", "Myla", "Nadia", "Nancy", "Naomi", "Natalie",
    "Nathan", "Nathaniel", "Neil", "Nellie", "Nevaeh", "Niamh", "Nicholas", "Nico", "Nicola", "Nicole", "Nina",
    "Noah", "Noor", "Norman", "Oliver", "Olivia", "Ollie", "Omar", "Orla", "Oscar", "Oskar", "Otis", "Owen",
    "Paige", "Patricia", "Patrick", "Paul", "Pauline", "Penelope", "Pete", "Peter", "Phil", "Philip", "Phoebe",
    "Priya", "Rachel", "Ralph", "Raymond", "Rebecca", "Reece", "Reggie", "Reuben", "Rhiannon", "Rhys", "Richard",
    "Riley", "Rita", "Robbie", "Robert", "Robyn", "Rohan", "Romeo", "Ronald", "Ronnie", "Rory", "Rosa", "Rosie",
    "Ross", "Rowan", "Roy", "Ruth", "Ryan", "Sadie", "Sam", "Samantha", "Samuel", "Sana", "Sandra", "Sara", "Sarah",
    "Scarlett", "Scott", "Sean", "Sebastian", "Seth", "Shane", "Shanice", "Shannon", "Shaun", "Shauna", "Sheila",
    "Shelby", "Shirley", "Sian", "Sienna", "Simon", "Siobhan", "Skye", "Sophia", "Sophie", "Stacey", "Stanley",
    "Stephanie", "Stephen", "Steve", "Steven", "Stuart", "Susan", "Szymon", "Tanya", "Tariq", "Tegan", "Teresa",
    "Terry", "Thea", "Theo", "Theodore", "Thomas", "Tia", "Tilly", "Tina", "Toby", "Tom", "Tony", "Tracey", "Tracy",
    "Trevor", "Tristan", "Tyler", "Tyrese", "Usman", "Valerie", "Vicky", "Victoria", "Vincent", "Wayne", "Wendy",
    "William", "Yasmin", "Yusuf", "Zachary", "Zain", "Zainab", "Zara", "Zayn", "Zoe", "Zoya", "Zuzanna",
  ]

  /// Names that are also ordinary words ("Will", "May", "Grace", "Mark"), as spelt: redacted only
  /// when written with a capital in mid-sentence, or next to a cue such as "my friend".
  private static let commonWordSpellings = [
    "Amber", "Angel", "Ann", "April", "Autumn", "Bill", "Billy", "Blessing", "Bobby", "Bonnie", "Brooke", "Carol",
    "Carter", "Charlie", "Chase", "Crystal", "Daisy", "Dale", "Dawn", "Dean", "Destiny", "Drew", "Eden", "Eve",
    "Faith", "Fern", "Frank", "Frankie", "Grace", "Harley", "Harmony", "Hazel", "Heather", "Hilary", "Holly",
    "Hope", "Hunter", "Iris", "Ivy", "Jack", "Jade", "Jan", "Jasmine", "Jasper", "Jay", "Jean", "Joy", "June",
    "Junior", "Kim", "Kit", "Liberty", "Lilly", "Lily", "Marie", "Mark", "Martin", "Mason", "Matt", "Max", "May",
    "Miles", "Nick", "Olive", "Pearl", "Penny", "Poppy", "Precious", "Ray", "River", "Rob", "Robin", "Roman",
    "Rose", "Ruby", "Sandy", "Savannah", "Sky", "Sonny", "Sue", "Summer", "Ted", "Teddy", "Tommy", "Troy", "Victor",
    "Violet", "Will", "Willow",
  ]
}
