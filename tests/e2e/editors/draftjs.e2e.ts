// Editor family: Draft.js, from its npm package (fixtures/editors/draftjs.html).
import { describeModelEditor } from './model-editor.ts';

describeModelEditor({ name: 'Draft.js', fixture: 'draftjs.html', editor: '.public-DraftEditor-content', replyLine: '[data-block="true"]' });
