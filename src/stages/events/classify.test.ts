import { describe, expect, it } from 'vitest';
import { classify } from './classify.js';
import { eventCode } from './lexicon.js';

describe('events: CAMEO code from cue and content', () => {
  it.each([
    // cue, content, code
    ['calling for', 'a resolution to the ongoing war between Russia and Ukraine', '027'],
    ['requested', 'that the situation be resolved through "dialogue and peaceful means."', '027'],
    ['read', 'The Islamic Emirate is closely monitoring the situation and expresses concern. The Islamic Emirate calls for restraint by both parties.', '0256'],
    ['continued', 'The Islamic Emirate, in line with its policy of neutrality, calls on both sides to resolve the crisis through dialogue.', '027'],
    ['urged', 'both sides to return to negotiations', '026'],
    ['appealed', 'to the West for more weapons and air defence', '0232'],
    ['called for', 'humanitarian corridors to evacuate civilians', '0233'],
    ['condemned', 'the invasion', '111'],
    ['accused', 'Moscow of war crimes in Bucha', '1124'],
    ['accused', 'the West of planning an invasion', '1123'],
    ['said', 'Russia will face severe consequences if it invades', '130'],
    ['warned', 'that the EU would impose sanctions on Moscow', '1312'],
    ['denied', 'that its forces had struck the hospital', '016'],
    ['rejected', 'the proposal for talks', '125'],
    ['praised', 'the bravery of the Ukrainian army', '051'],
    ['pledged', 'more military aid to Kyiv', '0332'],
    ['said', 'we are ready to negotiate', '036'],
    ['said', 'the situation is deeply worrying', '012'],
    ['said', 'the meeting took place in Geneva', '010'],
    // A cue phrase inside an indirect content, more precise than the cue's verb.
    ['said', 'she also warned the junta against further arrests of reporters', '130'],
    // Modality: backshifted and impersonal necessity asks; a clause-initial "should" is a condition.
    ['said', 'the authorities needed to release the detainees', '0253'],
    ['said', 'the council ought to lift the curfew', '020'],
    ['said', 'the staff will be moved, should the fighting reach the capital', '010'],
    ['said', 'the ministry should have consulted the unions', '010'],
    // Negative evaluation and accusation frames aimed at an actor.
    ['said', 'the militia is used by the governor, and by his allies, as an instrument of pressure', '112'],
    ['said', 'although the council talks of reform, in reality it jails its critics', '112'],
    ['said', 'the raids on the villages were an act of aggression by the army', '111'],
    // A pessimistic forecast outranks the criticism words inside it.
    ['said', 'the standoff could lead to a violent collapse of the truce', '012'],
    ['said', 'the region is on the brink of war', '012'],
    // An imperative opening a sentence asks; the same verb inside a clause does not.
    ['said', 'We are one step from the abyss. So stop it.', '020'],
    ['said', 'the convoy will help the villages recover', '030'],
    // Punishment conditional on compliance is a threat.
    ['urged', 'the rebels to lay down arms, or there would be severe consequences', '130'],
    // Support.
    ['said', 'we fully support the new ceasefire plan', '051'],
  ])('%s + "%s" → %s', (cue, content, code) => {
    expect(classify(cue, content).cameo).toBe(code);
  });

  it('gives each code its codebook label and PLOVER category', () => {
    expect(eventCode('0256')).toEqual({ cameo: '0256', plover: 'REQUEST', label: 'Appeal for de-escalation of military engagement' });
    expect(eventCode('111').plover).toBe('ACCUSE');
    expect(eventCode('010').plover).toBeNull();
  });
});
