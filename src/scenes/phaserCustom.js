// The parts of Phaser 4 the game and the benchmark's bare scene use, for the build only
// (scripts/phaserCustomBuild.ts aliases `phaser` to this file; the dev server and the type checker
// keep the full package). Modelled on phaser/src/phaser-core.js, without sound, loader, physics,
// tilemaps, particles and the rest. Requiring a plugin's module registers it with Phaser's plugin cache
// (a scene gets only the plugins registered), so a part the scenes reach through `this.*` is listed here
// even where no code names it. Every `Phaser.` used in src/scenes, src/ui and scripts/bench-browser must
// be exported below (tests/phaserCustom.test.ts checks it).
import CONST from 'phaser/src/const.js';
// First, as in phaser-core.js's order: the renderer's modules require each other in a cycle that only
// resolves when entered from its index (entered from Game, a half-loaded BatchHandler is extended).
import 'phaser/src/renderer/index.js';
import Cameras2D from 'phaser/src/cameras/2d/index.js';
import Core from 'phaser/src/core/index.js';
import GameClass from 'phaser/src/core/Game.js';
import 'phaser/src/events/EventEmitter.js';
import DisplayList from 'phaser/src/gameobjects/DisplayList.js';
import UpdateList from 'phaser/src/gameobjects/UpdateList.js';
import GameObjectFactory from 'phaser/src/gameobjects/GameObjectFactory.js';
import GameObjectCreator from 'phaser/src/gameobjects/GameObjectCreator.js';
import GameObject from 'phaser/src/gameobjects/GameObject.js';
import Graphics from 'phaser/src/gameobjects/graphics/Graphics.js';
import 'phaser/src/gameobjects/graphics/GraphicsFactory.js';
import 'phaser/src/gameobjects/graphics/GraphicsCreator.js';
import Container from 'phaser/src/gameobjects/container/Container.js';
import 'phaser/src/gameobjects/container/ContainerFactory.js';
import Text from 'phaser/src/gameobjects/text/Text.js';
import 'phaser/src/gameobjects/text/TextFactory.js';
import Image from 'phaser/src/gameobjects/image/Image.js';
import 'phaser/src/gameobjects/image/ImageFactory.js';
import Layer from 'phaser/src/gameobjects/layer/Layer.js';
import 'phaser/src/gameobjects/layer/LayerFactory.js';
import RenderTexture from 'phaser/src/gameobjects/rendertexture/RenderTexture.js';
import 'phaser/src/gameobjects/rendertexture/RenderTextureFactory.js';
import Arc from 'phaser/src/gameobjects/shape/arc/Arc.js';
import 'phaser/src/gameobjects/shape/arc/ArcFactory.js';
import GeomRectangle from 'phaser/src/geom/rectangle/Rectangle.js';
import InputPlugin from 'phaser/src/input/InputPlugin.js';
import Pointer from 'phaser/src/input/Pointer.js';
import InputEvents from 'phaser/src/input/events/index.js';
import Clamp from 'phaser/src/math/Clamp.js';
import ScaleModule from 'phaser/src/scale/index.js';
import SceneClass from 'phaser/src/scene/Scene.js';
import ScenesModule from 'phaser/src/scene/index.js';
import Size from 'phaser/src/structs/Size.js';
import TexturesModule from 'phaser/src/textures/index.js';
import TweensModule from 'phaser/src/tweens/index.js';

export const Game = GameClass;
export const Scene = SceneClass;
export const Scenes = ScenesModule;
export const Scale = ScaleModule;
export const Cameras = { Scene2D: Cameras2D };
export { Core };
export const GameObjects = { GameObject, DisplayList, UpdateList, GameObjectFactory, GameObjectCreator, Graphics, Container, Text, Image, Layer, RenderTexture, Arc };
export const Geom = { Rectangle: GeomRectangle };
export const Input = { InputPlugin, Pointer, Events: InputEvents };
export const Math = { Clamp };
export const Structs = { Size };
export const Textures = TexturesModule;
export const Tweens = TweensModule;
export const VERSION = CONST.VERSION;
export const AUTO = CONST.AUTO;
export const CANVAS = CONST.CANVAS;
export const WEBGL = CONST.WEBGL;
