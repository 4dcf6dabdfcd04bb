// Voice building blocks without a database: name matching, utterance tokens, speech numbers.
import { matchName, nameKey } from '../../subgraphs/energy/names.js';
import { currencyWords, speakNumber, speakPercent } from '../../subgraphs/energy/voice/speech.js';
import { findName, intentOf, tokens, variablesOf, yearOf } from '../../subgraphs/energy/voice/utterance.js';

describe('names', () => {
  it('ignores case and separators and reads number words', () => {
    expect(nameKey('Compressor-1')).toBe(nameKey('compressor 1'));
    expect(nameKey('COMPRESSOR_1')).toBe(nameKey('compressor one'));
  });

  it('matches synonyms and word prefixes and suggests near misses', () => {
    const vars = [
      { item: 'outdoor_temp_c', label: 'outdoor temperature', names: ['outdoor_temp_c', 'Outdoor temperature', 'ambient temperature'] },
      { item: 'production_count', label: 'production count', names: ['production_count', 'Production count'] },
    ];
    expect(matchName('ambient temperature', vars).match).toBe('outdoor_temp_c');
    expect(matchName('outdoor temp', vars).match).toBe('outdoor_temp_c');
    expect(matchName('Production Count', vars).match).toBe('production_count');
    expect(matchName('producton count', vars)).toEqual({ match: null, suggestion: 'production count' });
    const sources = [{ item: 'natural_gas', label: 'natural gas', names: ['natural_gas', 'Natural gas', 'gas'] }];
    expect(matchName('gaz', sources)).toEqual({ match: null, suggestion: 'natural gas' });
  });
});

describe('utterances', () => {
  it('turns spoken years and numbers into digits', () => {
    expect(tokens('for twenty twenty-four')).toEqual(['for', '2024']);
    expect(tokens('two thousand and twenty five')).toEqual(['2025']);
    expect(tokens('Compressor one, please')).toEqual(['compressor', '1', 'please']);
    expect(yearOf(tokens('in nineteen ninety nine'))).toBe(1999);
  });

  it('recognizes the intents', () => {
    expect(intentOf(tokens('Train baseline for electricity Compressor-1 using production count'))).toBe('TRAIN_BASELINE');
    expect(intentOf(tokens('What variables are available for natural gas?'))).toBe('LIST_VARIABLES');
    expect(intentOf(tokens('Which energy sources do you know'))).toBe('LIST_ENERGY_SOURCES');
    expect(intentOf(tokens('How did compressor one perform in 2025 on electricity'))).toBe('SEU_PERFORMANCE');
    expect(intentOf(tokens('make me a sandwich'))).toBe('UNKNOWN');
  });

  it('finds names in the words and the variables after "using"', () => {
    expect(findName(tokens('train baseline for compressed air compressor 1'), ['compressed_air', 'Compressed air', 'electricity'])?.name).toBe('Compressed air');
    expect(variablesOf('Train baseline for electricity Compressor-1 using production count and outdoor temperature for year 2024')).toEqual(['production count', 'outdoor temperature']);
    expect(variablesOf('train a baseline for compressed air Compressor-1 using electricity, pressure, and ambient temperature for 2024')).toEqual(['electricity', 'pressure', 'ambient temperature']);
  });
});

describe('speech', () => {
  it('rounds numbers for speaking', () => {
    expect(speakNumber(449.1065)).toBe('449');
    expect(speakNumber(0.0320492)).toBe('0.032');
    expect(speakNumber(24.027)).toBe('24');
    expect(speakNumber(12345)).toBe('12300');
    expect(speakNumber(-3.14159)).toBe('minus 3.14');
    expect(speakPercent(5.034)).toBe('5 percent');
    expect(speakPercent(12.6)).toBe('13 percent');
    expect(currencyWords('USD')).toBe('dollars');
  });
});
