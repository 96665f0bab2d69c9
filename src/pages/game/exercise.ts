// The class exercise's part of the game page, loaded only when an exercise is set up or resumed.
export { showExerciseError, showExerciseSetup } from '../../ui/exercise/setup';
export { mountExercise } from '../../ui/exercise/run';
export { readExerciseSave } from '../../exercise/save';
export { exerciseSession } from '../../presenter/hotSeat';
