// The tutorial's part of the game page, loaded only when the menu's Tutorial is chosen.
import type { Controller } from '../../presenter/controller';
import { TUTORIAL_SETUP, tutorialScenario } from '../../tutorial/setup';
import { Tutorial } from '../../tutorial/tutorial';
import { TutorialPanel } from '../../ui/tutorialPanel';

export { TUTORIAL_SETUP, tutorialScenario };

/** The tutorial's card beside the map, guiding `controller`'s game; `onLeave` leaves for the menu. */
export const tutorialPanel = (container: HTMLElement, controller: Controller, onLeave: () => void): TutorialPanel =>
  new TutorialPanel(container, new Tutorial(controller, TUTORIAL_SETUP), controller, onLeave);
