/** English texts of Settings' Tesla section (the monthly spending limit). */
export const tesla = {
  'tesla.title': 'Tesla',
  'tesla.subtitle': 'Tesla bills every request the app makes.',
  'tesla.limit': 'Monthly spending limit',
  'tesla.limitHint':
    'The most Tesla requests may cost in a calendar month. Refreshes are spaced to stay under it and stop when it is reached; $10 is Tesla’s free monthly credit.',
  'tesla.limitNotAmount': 'Enter an amount in dollars, such as 10 or 12.50.',
  'tesla.limitTooHigh': 'The limit can be at most $10,000 a month.',
} as const;
